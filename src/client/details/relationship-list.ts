// The panel's relationship section: each relationship with direction, the other node, its quote and source.
import type { NodeDetail, NodeRelationship } from "../../shared/index.ts";
import { nodeCaption, nodeColor, relationshipPhrase } from "../lib/appearance/index.ts";
import type { Perspective } from "../../shared/index.ts";
import { resolveSource, sortRelationships, type DetailState, type SourceRef } from "../core/detail/index.ts";
import type { Language } from "../../shared/index.ts";
import { h, safeHref } from "../lib/dom.ts";
import { propertyList } from "./property-values.ts";
import { quoteTranslation } from "../lib/quote-translation.ts";
import { claimLine, factKindMark } from "../lib/fact-kind-mark.ts";
import { renderDisagreements } from "./source-disagreements.ts";

/** Properties with a place of their own in a relationship item. */
// quote_at: where the loader found the quote in its source (the reader uses it).
const SHOWN_ELSEWHERE = new Set(["quote", "quote_en", "note", "claim", "source", "quote_at"]);

export interface RelationshipListOptions {
  language: Language;
  /** Captions, colours and relationship phrases; null before it is loaded. */
  perspective?: Perspective | null;
  /** Whether the other end is in the drawn graph (only those can be selected). */
  isSelectable: (nodeId: string) => boolean;
  onSelect: (nodeId: string) => void;
  /** People's notes on a relationship (by element id), with a folded form; absent where notes are not shown. */
  notes?: (relationshipId: string) => HTMLElement;
}

function otherNode(rel: NodeRelationship, options: RelationshipListOptions): HTMLElement {
  const perspective = options.perspective ?? null;
  const name = nodeCaption(rel.other, perspective, options.language);
  const dot = h("span", { class: "dot", "aria-hidden": "true" });
  dot.style.backgroundColor = nodeColor(rel.other.labels, perspective);
  if (!options.isSelectable(rel.other.id)) return h("span", { class: "node-ref", lang: options.language }, dot, name);
  const button = h(
    "button",
    { type: "button", class: "node-ref node-link", lang: options.language, "data-node-id": rel.other.id },
    dot,
    name,
  );
  button.addEventListener("click", () => options.onSelect(rel.other.id));
  return button;
}

function sourceLine(source: SourceRef | null): HTMLElement | null {
  if (!source) return null;
  const href = safeHref(source.url);
  const title = href
    ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, source.title)
    : h("span", {}, source.title);
  return h("p", { class: "rel-source" }, h("span", { class: "muted" }, "Source: "), title);
}

function item(rel: NodeRelationship, detail: NodeDetail, options: RelationshipListOptions): HTMLElement {
  const out = rel.direction === "out";
  const { quote, note } = rel.relationship.properties;
  const extras = Object.keys(rel.relationship.properties).filter((name) => !SHOWN_ELSEWHERE.has(name));
  // Resolved once: the quote takes its source's language, and the source line its title.
  const source = resolveSource(rel.relationship.properties.source, detail.sources);
  return h(
    "li",
    {
      class: "rel",
      "data-testid": "relationship",
      "data-rel-type": rel.relationship.type,
      "data-direction": rel.direction,
    },
    h(
      "div",
      { class: "rel-head" },
      h(
        "span",
        { class: "rel-arrow", title: out ? "outgoing" : "incoming", "aria-label": out ? "outgoing" : "incoming" },
        out ? "→" : "←",
      ),
      h(
        "span",
        { class: "rel-type", lang: options.language },
        relationshipPhrase(rel.relationship.type, options.perspective ?? null, options.language),
        " ",
        h("code", { class: "rel-type-name" }, rel.relationship.type),
      ),
      otherNode(rel, options),
      factKindMark(rel.relationship.properties),
    ),
    typeof quote === "string" && quote !== ""
      ? h(
          "blockquote",
          {
            class: "rel-quote",
            // The quote is in its source's language; the article's sources are Japanese.
            lang: source?.language ?? "ja",
            "data-rel-id": rel.relationship.id,
          },
          quote,
        )
      : null,
    quoteTranslation(rel.relationship.properties),
    typeof note === "string" && note !== "" ? h("p", { class: "rel-note" }, note) : null,
    claimLine(rel.relationship.properties),
    extras.length > 0 ? propertyList(rel.relationship.properties, SHOWN_ELSEWHERE, "relationship-properties") : null,
    sourceLine(source),
    options.notes?.(rel.relationship.id) ?? null,
  );
}

function degreeLine(detail: NodeDetail, options: RelationshipListOptions): HTMLElement {
  const parts = Object.entries(detail.degree)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${relationshipPhrase(type, options.perspective ?? null, options.language)} ${n}`);
  return h("p", { class: "degree muted", "data-testid": "node-degree" }, parts.join(" · "));
}

/** Relationships drawn at once: a hub has thousands, and drawing them all froze the page for seconds. */
export const RELATIONSHIPS_PER_PAGE = 100;

function appendPage<T>(
  section: HTMLElement,
  list: HTMLElement,
  all: readonly T[],
  from: number,
  render: (rel: T) => HTMLElement,
): void {
  const to = Math.min(all.length, from + RELATIONSHIPS_PER_PAGE);
  list.append(...all.slice(from, to).map(render));
  if (to >= all.length) return;
  const next = Math.min(RELATIONSHIPS_PER_PAGE, all.length - to);
  const more = h(
    "button",
    { type: "button", class: "tool-button", "data-testid": "more-relationships" },
    `Show ${next} more (${to} of ${all.length} shown)`,
  );
  more.addEventListener("click", () => {
    more.remove();
    appendPage(section, list, all, to, render);
  });
  section.append(more);
}

export function renderRelationships(state: DetailState, options: RelationshipListOptions): HTMLElement {
  const section = h("section", { class: "relationships", "aria-labelledby": "relationships-title" });
  if (state.status === "idle") return section;
  const count = state.status === "ready" ? ` (${state.detail.relationships.length})` : "";
  section.append(h("h3", { id: "relationships-title" }, `Relationships${count}`));
  if (state.status === "loading") {
    section.setAttribute("aria-busy", "true");
    section.append(h("p", { class: "muted" }, "Loading relationships…"));
  } else if (state.status === "error") {
    section.append(
      h("p", { class: "notice notice-error", role: "alert" }, `${state.failure.title}: ${state.failure.message}`),
    );
  } else {
    if (state.notice) section.append(h("p", { class: "notice", role: "status" }, state.notice));
    if (state.detail.relationships.length === 0) section.append(h("p", { class: "muted" }, "No relationships."));
    else section.append(degreeLine(state.detail, options));
    const differ = renderDisagreements(state.detail, options);
    if (differ) section.append(differ);
    const sorted = sortRelationships(state.detail.relationships, options.language);
    const list = h("ol", { class: "rel-list" });
    section.append(list);
    appendPage(section, list, sorted, 0, (rel) => item(rel, state.detail, options));
  }
  return section;
}
