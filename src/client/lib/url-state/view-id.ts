// A view's id for its notes: a short hash of what its link shows (nodes, path, hidden categories, as-of date), so
// the same link finds the same notes whoever opens it. Selection, language and the editor's text are left out: they
// change how a view reads, not which view it is.
import type { LinkView } from "./codec.ts";

/** FNV-1a over UTF-16 code units, 32 bits, with a seed: two seeds give a 64-bit id, plenty for a class's views. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function viewIdOf(view: Pick<LinkView, "nodes" | "path" | "hiddenCategories" | "asOf">): string {
  const canonical = JSON.stringify({
    nodes: [...view.nodes].sort(),
    path: view.path ? [view.path.from, view.path.to, view.path.route, view.path.via ?? null] : null,
    off: [...view.hiddenCategories].sort(),
    asOf: view.asOf ?? null,
  });
  const part = (seed: number) => fnv1a(canonical, seed).toString(36).padStart(7, "0");
  return `v-${part(0x811c9dc5)}${part(0x050c5d1f)}`;
}
