// Redraws Sigma when state its reducers read changes; labels need re-indexing only on language change.
// In a big graph a hover or selection reprocesses only the nodes and edges around the old and new focus.
import type { AppState } from "../core/store/index.ts";
import { DEFAULT_NODE_RULES, type NodeRules, type Perspective } from "../../shared/index.ts";
import { isBigGraph } from "../lib/layout/index.ts";
import { focusNode, type SelectionState } from "../core/selection/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";
import { createNodeRestyle } from "./node-restyle.ts";

/** True when two perspectives differ only in what the nodes look like (label styles, node rules), not in edges. */
function nodesOnly(current: Perspective | null, before: Perspective | null): boolean {
  if (!current || !before) return false;
  const keys = new Set([...Object.keys(current), ...Object.keys(before)] as Array<keyof Perspective>);
  for (const key of keys) if (key !== "labels" && key !== "nodeRules" && current[key] !== before[key]) return false;
  return true;
}

/** Nodes and edges whose drawing a change from `before` to `after` can alter (reducers without dimming). */
function around(
  sigma: ExplorerSigma,
  before: SelectionState,
  after: SelectionState,
): { nodes: string[]; edges: string[] } {
  const graph = sigma.getGraph();
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const key of [focusNode(before), before.selected, focusNode(after), after.selected]) {
    if (key === null || !graph.hasNode(key) || nodes.has(key)) continue;
    nodes.add(key);
    graph.forEachNeighbor(key, (other) => nodes.add(other));
    graph.forEachEdge(key, (edge) => edges.add(edge));
  }
  return { nodes: [...nodes], edges: [...edges] };
}

export function syncRendering(sigma: ExplorerSigma, store: Store<AppState>): () => void {
  const redraw = () => sigma.refresh({ skipIndexation: true });
  const restyleNodes = createNodeRestyle(sigma);
  let selection = store.get().selection;
  const redrawSelection = (next: SelectionState) => {
    const before = selection;
    selection = next;
    const graph = sigma.getGraph();
    if (!isBigGraph(graph.order, graph.size) || store.get().paths.result.status === "ready") return redraw();
    sigma.refresh({ partialGraph: around(sigma, before, next), skipIndexation: true, schedule: true });
  };
  const stops = [
    store.watch((s) => s.selection, redrawSelection),
    store.watch((s) => s.preferences.zoomedIn, redraw),
    store.watch((s) => s.paths, redraw),
    store.watch((s) => s.filter, redraw),
    store.watch((s) => s.reader.lit, redraw),
    store.watch(
      (s) => s.preferences.language,
      () => sigma.refresh(),
    ),
    // Captions, colours and sizes come from the perspective (the Style panel changes it live). A change to the
    // nodes' look alone redraws the nodes alone (in slices on a big graph); anything else redraws everything.
    store.watch(
      (s) => s.perspective.current,
      (current, before) => (nodesOnly(current, before) ? void restyleNodes() : sigma.refresh()),
    ),
    // Sizes and colours by a network measure change when its values arrive (only when a rule uses it).
    store.watch(
      (s) => s.measures.entries,
      (entries, before) => {
        const { size, color } = { ...DEFAULT_NODE_RULES, ...store.get().perspective.current?.nodeRules };
        const changed = (rule: NodeRules["color"]) => rule !== "label" && entries[rule] !== before[rule];
        if (changed(size) || changed(color)) void restyleNodes();
      },
    ),
  ];
  return () => stops.forEach((stop) => stop());
}
