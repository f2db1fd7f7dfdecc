// Settles newly added nodes: ForceAtlas2 in a web worker for a bounded time with every other node
// fixed, then noverlap that only moves the new ones. The existing picture keeps its place.
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { isBigGraph } from "../lib/layout/index.ts";
import { layOutBigGraph } from "./big-layout.ts";
import {
  DEFAULT_SETTLE,
  medianEdgeLength,
  scalingRatioFor,
  separateMovable,
  type SettleOptions,
} from "../lib/placement/index.ts";

export interface IncrementalLayout {
  /** Lets `movable` settle among the others; cancels a run still going. */
  run(movable: ReadonlySet<string>): void;
  /** Lays out the whole (big) graph in a worker, coarse first; cancels a run still going. */
  layOutAll(): void;
  stop(): void;
  onChange(listener: (running: boolean) => void): void;
}

interface LayoutNode {
  x: number;
  y: number;
  size: number;
  fixed: boolean;
}

/**
 * The worker reads `fixed` from node attributes: give it a light copy so the data graph never carries it.
 * In a big graph only the movable nodes and their neighbours (fixed) are copied: the rest cannot pull on them
 * much in the short settling time, and copying 100,000 nodes would freeze the page.
 */
function layoutCopy(graph: ExplorerGraph, movable: ReadonlySet<string>): Graph<LayoutNode> {
  const copy = new Graph<LayoutNode>({ multi: true, type: "directed" });
  const add = (key: string) => {
    if (copy.hasNode(key)) return;
    const a = graph.getNodeAttributes(key);
    copy.addNode(key, { x: a.x, y: a.y, size: a.size, fixed: !movable.has(key) });
  };
  if (!isBigGraph(graph.order, graph.size)) {
    graph.forEachNode(add);
    graph.forEachEdge((key, _a, source, target) => copy.addDirectedEdgeWithKey(key, source, target));
    return copy;
  }
  for (const key of movable) {
    add(key);
    graph.forEachEdge(key, (edge, _a, source, target) => {
      add(source);
      add(target);
      if (!copy.hasEdge(edge)) copy.addDirectedEdgeWithKey(edge, source, target);
    });
  }
  return copy;
}

function applyPositions(graph: ExplorerGraph, copy: Graph<LayoutNode>, movable: ReadonlySet<string>): void {
  graph.updateEachNodeAttributes(
    (key, a) =>
      movable.has(key) && copy.hasNode(key)
        ? { ...a, x: copy.getNodeAttribute(key, "x"), y: copy.getNodeAttribute(key, "y") }
        : a,
    { attributes: ["x", "y"] },
  );
}

export function createIncrementalLayout(
  graph: ExplorerGraph,
  options: SettleOptions = DEFAULT_SETTLE,
): IncrementalLayout {
  const listeners: Array<(running: boolean) => void> = [];
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  let cancel: (() => void) | null = null;
  const notify = (running: boolean) => listeners.forEach((listener) => listener(running));

  const stop = () => {
    cancel?.();
    cancel = null;
  };

  const run = (movable: ReadonlySet<string>) => {
    stop();
    const live = [...movable].filter((key) => graph.hasNode(key));
    if (live.length === 0) return;
    const moving = new Set(live);
    const copy = layoutCopy(graph, moving);
    // No gravity: the fixed nodes already hold the picture together; strong gravity would pull newcomers to the middle.
    const edgeLength = medianEdgeLength(copy, (s, t) => !moving.has(s) && !moving.has(t));
    const supervisor = new FA2Layout(copy, {
      settings: {
        gravity: 0,
        scalingRatio: scalingRatioFor(edgeLength),
        slowDown: 5,
        outboundAttractionDistribution: true,
        barnesHutOptimize: copy.order > 2_000,
      },
    });
    let frame = 0;
    const tick = () => {
      applyPositions(graph, copy, moving);
      frame = requestAnimationFrame(tick);
    };
    const finish = () => {
      supervisor.kill();
      cancelAnimationFrame(frame);
      separateMovable(copy, moving, options.rounds, options.margin);
      applyPositions(graph, copy, moving);
      cancel = null;
      notify(false);
    };
    const timer = setTimeout(finish, options.durationMs);
    cancel = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      supervisor.kill();
      notify(false);
    };
    notify(true);
    supervisor.start();
    if (!reducedMotion) frame = requestAnimationFrame(tick);
  };

  const layOutAll = () => {
    stop();
    const kill = layOutBigGraph(graph, () => {
      cancel = null;
      notify(false);
    });
    cancel = () => {
      kill();
      notify(false);
    };
    notify(true);
  };

  return { run, layOutAll, stop, onChange: (listener) => void listeners.push(listener) };
}
