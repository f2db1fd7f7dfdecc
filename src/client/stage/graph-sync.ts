// Keeps the one data graph Sigma draws equal to the scene: drops what left, imports what came in
// (one batch; a big first view in slices across frames), places newcomers next to their anchor and lets the
// incremental layout settle them.
import type { AppState } from "../core/store/index.ts";
import { nodeSize } from "../lib/appearance/index.ts";
import { relationshipsAmong, relationshipsTouching, type Catalog } from "../lib/catalog/index.ts";
import { edgeAttributes, nodeAttributes, type ExplorerGraph } from "../lib/graph/index.ts";
import { applyLayout, isBigGraph } from "../lib/layout/index.ts";
import { markOnce } from "../lib/timing-marks.ts";
import { centroid, groupByAnchor, medianEdgeLength, seedAround, type Point } from "../lib/placement/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { IncrementalLayout } from "./incremental-layout.ts";
import { FEED_THRESHOLD, feedGraph, lazyItems, type EdgeItem, type GraphFeed, type NodeItem } from "./graph-feed.ts";

export interface GraphSync {
  /** Called after each change with the nodes that arrived, and whether the whole graph was laid out anew. */
  onSynced(listener: (arrived: readonly string[], fullLayout: boolean) => void): void;
  /** Runs `callback` once the layout has settled the latest newcomers (at once when it is idle). */
  whenSettled(callback: () => void): void;
  /** Runs `callback` once a first view fed in slices is all in the graph (at once when none is coming in). */
  whenFed(callback: () => void): void;
  /** True while a first view is still coming in slices. */
  feeding(): boolean;
  /** The order and size the graph is heading to: the whole first view while it comes in slices. */
  target(): { order: number; size: number };
}

/** Degrees from the relationships about to be imported, so nodes arrive with their final size. */
function degreesOf(edges: readonly { start: string; end: string }[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const { start, end } of edges) {
    degrees.set(start, (degrees.get(start) ?? 0) + 1);
    degrees.set(end, (degrees.get(end) ?? 0) + 1);
  }
  return degrees;
}

/** Starting points for nodes new to the picture; returns those that need the layout to settle. */
function seedNewcomers(graph: ExplorerGraph, fresh: readonly string[], preferred: string | null): void {
  const freshSet = new Set(fresh);
  const placed = (key: string) => graph.hasNode(key) && !freshSet.has(key);
  const centre = centroid(graph.filterNodes(placed).map((key) => graph.getNodeAttributes(key)));
  const radius = Math.max(60, medianEdgeLength(graph, (s, t) => placed(s) && placed(t)) * 0.5);
  for (const [anchor, group] of groupByAnchor(fresh, (key) => graph.neighbors(key), placed, preferred)) {
    const from: Point = anchor === null ? centre : graph.getNodeAttributes(anchor);
    seedAround(from, group.length, centre, { radius, perRing: 12 }).forEach((p, i) =>
      graph.mergeNodeAttributes(group[i] as string, p),
    );
  }
}

export function mountGraphSync(
  graph: ExplorerGraph,
  catalog: Catalog,
  store: Store<AppState>,
  layout: IncrementalLayout,
  edgeColor: string,
): GraphSync {
  const listeners: Array<(arrived: readonly string[], fullLayout: boolean) => void> = [];
  // Where nodes were when they left the view: undo and "show again" put them back in place.
  const lastPositions = new Map<string, Point>();
  let feed: GraphFeed | null = null;
  let fedWaiting: Array<() => void> = [];
  let settling = false;
  let waiting: Array<() => void> = [];
  const release = () => {
    if (settling || feed) return;
    const callbacks = waiting;
    waiting = [];
    callbacks.forEach((callback) => callback());
  };

  /** What follows the import of a new whole picture: its layout (big graphs in the worker), then the listeners. */
  const laidOut = (arriving: readonly string[], big: boolean) => {
    if (big) {
      layout.layOutAll();
    } else {
      layout.stop();
      applyLayout(graph);
      markOnce("kg:layout-done");
    }
    listeners.forEach((listener) => listener(arriving, true));
  };

  const apply = () => {
    // A view that arrives while the first one is still coming in waits for it to be all in.
    feed?.flush();
    const { scene, pins } = store.get();
    const inView = new Set(scene.nodes.filter((key) => catalog.nodes.has(key)));
    const shrunk = new Set<string>();
    for (const key of graph.filterNodes((key) => !inView.has(key))) {
      const { x, y } = graph.getNodeAttributes(key);
      lastPositions.set(key, { x, y });
      graph.forEachNeighbor(key, (other) => shrunk.add(other));
      graph.dropNode(key);
    }
    const wasEmpty = graph.order === 0;
    const arriving = [...inView].filter((key) => !graph.hasNode(key));
    // In a big view only the newcomers' relationships are looked up (O(page), not O(all edges)); a relationship
    // the catalog learnt between two nodes already in view then waits for the next full view to appear.
    const among =
      !wasEmpty && isBigGraph(graph.order, graph.size)
        ? relationshipsTouching(catalog, arriving, inView)
        : relationshipsAmong(catalog, inView);
    const edges = among.filter((rel) => !graph.hasEdge(rel.id));
    if (arriving.length === 0 && edges.length === 0) return;
    const big = isBigGraph(graph.order + arriving.length, graph.size + edges.length);
    // A big first view starts on a sunflower spiral (O(n), no overlaps) until the worker's layout arrives.
    const seed = (i: number) =>
      big && wasEmpty
        ? { x: Math.sqrt(i) * 10 * Math.cos(i * 2.39996), y: Math.sqrt(i) * 10 * Math.sin(i * 2.39996) }
        : {};
    const perspective = store.get().perspective.current;
    const nodeItem = (key: string, i: number): NodeItem => ({
      key,
      attributes: {
        ...nodeAttributes(catalog.nodes.get(key)!, perspective),
        ...seed(i),
        ...(lastPositions.get(key) ?? {}),
      },
    });
    const edgeItem = (rel: (typeof edges)[number]): EdgeItem => ({
      key: rel.id,
      source: rel.start,
      target: rel.end,
      attributes: edgeAttributes(rel, edgeColor),
    });
    const fresh = arriving.filter((key) => !lastPositions.has(key));
    if (wasEmpty && big && fresh.length > 1 && arriving.length + edges.length >= FEED_THRESHOLD) {
      // Each slice's items are made when it goes in (no pass over the whole view before the first one), with the
      // sizes from the degrees to come: no pass over every node once the last slice is in.
      const degrees = degreesOf(edges);
      const bigNode = ({ key, i }: { key: string; i: number }): NodeItem => {
        const item = nodeItem(key, i);
        const degree = degrees.get(key) ?? 0;
        Object.assign(item.attributes, { degree, size: nodeSize(degree) });
        return item;
      };
      const nodeItems = lazyItems(
        arriving.map((key, i) => ({ key, i })),
        bigNode,
      );
      feed = feedGraph(graph, nodeItems, lazyItems(edges, edgeItem), () => {
        feed = null;
        markOnce("kg:graph-built");
        laidOut(arriving, big);
        const callbacks = fedWaiting;
        fedWaiting = [];
        callbacks.forEach((callback) => callback());
        release();
      });
      return;
    }
    const nodeItems = arriving.map(nodeItem);
    const edgeItems = edges.map(edgeItem);
    graph.import({ nodes: nodeItems, edges: edgeItems });
    markOnce("kg:graph-built");
    // Only nodes that gained or lost edges can change size: visiting just those keeps an expansion O(page).
    const touched = wasEmpty
      ? graph.nodes()
      : [...new Set([...arriving, ...edges.flatMap((rel) => [rel.start, rel.end])]), ...shrunk].filter((key) =>
          graph.hasNode(key),
        );
    for (const key of touched) {
      const degree = graph.degree(key);
      if (degree !== graph.getNodeAttribute(key, "degree"))
        graph.mergeNodeAttributes(key, { degree, size: nodeSize(degree) });
    }
    if (wasEmpty && fresh.length > 1) return laidOut(arriving, big);
    if (fresh.length > 0) {
      seedNewcomers(graph, fresh, scene.expansions.at(-1)?.center ?? null);
      const pinned = new Set(pins.pinned);
      layout.run(new Set(fresh.filter((key) => !pinned.has(key))));
    }
    listeners.forEach((listener) => listener(arriving, false));
  };

  layout.onChange((running) => {
    settling = running;
    if (!running) release();
  });

  store.watch((s) => s.scene.nodes, apply);
  return {
    onSynced: (listener) => void listeners.push(listener),
    whenSettled: (callback) => (settling || feed ? waiting.push(callback) : callback()),
    whenFed: (callback) => (feed ? fedWaiting.push(callback) : callback()),
    feeding: () => feed !== null,
    target: () => feed?.total ?? { order: graph.order, size: graph.size },
  };
}
