// Redraws Sigma when state its reducers read changes; labels need re-indexing only on language change.
import type { AppState } from "../core/app/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export function syncRendering(sigma: ExplorerSigma, store: Store<AppState>): () => void {
  const redraw = () => sigma.refresh({ skipIndexation: true });
  const stops = [
    store.watch((s) => s.selection, redraw),
    store.watch((s) => s.view.zoomedIn, redraw),
    store.watch((s) => s.paths, redraw),
    store.watch((s) => s.filter, redraw),
    store.watch((s) => s.view.language, () => sigma.refresh()),
  ];
  return () => stops.forEach((stop) => stop());
}
