// Creates the Sigma renderer whose reducers derive hover/selection/language from the store.
import Sigma from "sigma";
import {
  createEdgeArrowProgram,
  drawDiscNodeLabel,
  drawStraightEdgeLabel,
  EdgeLineProgram,
  NodePointProgram,
} from "sigma/rendering";
import type { AppState } from "../core/store/index.ts";
import {
  createDrawCurvedEdgeLabel,
  createEdgeCurveProgram,
  DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS,
} from "@sigma/edge-curve";
import { avoidingNodeLabels, logFrames, type ClearanceLog } from "./edge-label-clearance.ts";
import { createLabelDeclutter } from "./label-declutter.ts";
import {
  parallelCurvatures,
  type EdgeAttributes,
  type ExplorerGraph,
  type NodeAttributes,
} from "../lib/graph/index.ts";
import { edgeDisplay, highlightContext, nodeDisplay, type HighlightContext } from "./highlight/index.ts";
import { EDGE_DRAW_LIMIT, isBigGraph } from "../lib/layout/index.ts";
import { routeHighlight } from "../core/paths/index.ts";
import { readerHighlight } from "../core/reader/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { CanvasTheme } from "./canvas-theme.ts";
import { createNodeLook, type NodeLook } from "../lib/appearance/index.ts";
import type { Perspective } from "../../shared/index.ts";
import { themedHoverDrawer } from "./themed-hover.ts";
import type { MeasuresState } from "../core/measures/index.ts";
import { measureRules } from "./measure-rules.ts";
import { appendAddedEdges, type EdgeAppendStats } from "./sigma-edge-append.ts";

export type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

// Sigma's default heads are hard to see on thin edges; direction matters here (who invested in whom).
const ArrowProgram = createEdgeArrowProgram<NodeAttributes, EdgeAttributes>({
  lengthToThicknessRatio: 4,
  widenessToThicknessRatio: 3,
});

/** Edge labels left out because they would cover a node's name (stage/edge-label-clearance.ts). */
export const edgeLabelClearance: ClearanceLog = { drawn: new Map(), skipped: new Set() };
/** Sigma's passes over its whole graph, and edges appended without one, since the page loaded (sigma-edge-append.ts). */
export const sigmaProcesses: EdgeAppendStats = { full: 0, appended: 0 };
/** Node labels left out because they would overlap a more important one (stage/label-declutter.ts). */
export const nodeLabelDeclutter = createLabelDeclutter<NodeAttributes, EdgeAttributes>();
// The drawers need the renderer to see which node labels are on screen; it exists once createStage has run.
let current: ExplorerSigma | null = null;

// Parallel relationships: the same heads on a curve, the label drawn along it.
const CurvedArrowProgram = createEdgeCurveProgram<NodeAttributes, EdgeAttributes>({
  arrowHead: { extremity: "target", lengthToThicknessRatio: 4, widenessToThicknessRatio: 3 },
  drawLabel: avoidingNodeLabels(
    createDrawCurvedEdgeLabel<NodeAttributes, EdgeAttributes>(DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS),
    () => current,
    edgeLabelClearance,
    nodeLabelDeclutter.hidden,
  ),
});

export function createStage(
  container: HTMLElement,
  graph: ExplorerGraph,
  store: Store<AppState>,
  theme: CanvasTheme,
  /** The size the graph is heading to when it still comes in slices (stage/graph-feed.ts): it sets the settings. */
  target: { order: number; size: number } = { order: graph.order, size: graph.size },
): ExplorerSigma {
  // Reducers run once per node per frame; recompute the context only when the inputs change.
  let cached: { inputs: unknown[]; ctx: HighlightContext } | null = null;
  // Neighbourhoods change when the graph grows or shrinks, not only when the state does.
  let graphVersion = 0;
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, () => graphVersion++);
  // The perspective's look reads property ranges over the nodes: rebuilt when the perspective or the graph changes.
  // Network measures come in later (from the worker): a new one rebuilds the look too.
  let look: {
    perspective: Perspective | null;
    version: number;
    measures: MeasuresState["entries"];
    look: NodeLook | null;
  } | null = null;
  const lookNow = (perspective: Perspective | null, measures: MeasuresState["entries"]): NodeLook | null => {
    if (look?.perspective !== perspective || look.version !== graphVersion || look.measures !== measures)
      look = {
        perspective,
        version: graphVersion,
        measures,
        look: perspective
          ? createNodeLook(
              perspective,
              () => graph.mapNodes((_, attrs) => attrs),
              measureRules(perspective.nodeRules, measures),
            )
          : null,
      };
    return look.look;
  };
  // Which relationships bend, and how much: recomputed only when the graph changes.
  let bends: { version: number; curvatures: Map<string, number> } | null = null;
  const curvature = (edge: string): number | undefined => {
    if (bends?.version !== graphVersion) bends = { version: graphVersion, curvatures: parallelCurvatures(graph) };
    return bends.curvatures.get(edge);
  };
  const context = (): HighlightContext => {
    const { selection, preferences, paths, filter, perspective, reader, measures } = store.get();
    const inputs = [
      selection,
      preferences,
      paths,
      filter,
      graphVersion,
      perspective.current,
      reader.lit,
      measures.entries,
    ];
    if (!cached || inputs.some((input, i) => input !== cached?.inputs[i])) {
      const extras = {
        look: lookNow(perspective.current, measures.entries),
        // The path finder's route first; else the facts the source reader lights.
        route:
          routeHighlight(paths) ?? readerHighlight(reader, (e) => (graph.hasEdge(e) ? graph.extremities(e) : null)),
        hiddenCategories: filter.hiddenCategories,
        dimOthers: !isBigGraph(graph.order, graph.size),
        allEdges: graph.size <= EDGE_DRAW_LIMIT,
      };
      cached = { inputs, ctx: highlightContext(graph, selection, preferences, theme.colors, extras) };
    }
    return cached.ctx;
  };

  // Big graphs: one-pixel GL lines and point sprites (2 and 1 vertices instead of 6+ and 3 per item; with a
  // software renderer, drawing 500,000 edges as triangles takes about 20 s a frame), no edges while the camera
  // moves, labels only for nodes drawn large, and no z-ordering (a sort of every node on each reprocess).
  const big = isBigGraph(target.order, target.size);
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    // Sigma adds its own programs (circle; arrow, line) to these and builds each (shaders compiled, twice for nodes:
    // the hover layer) in its constructor: a big graph's programs take those names, so only two kinds are built.
    ...(big
      ? {
          defaultEdgeType: "line",
          edgeProgramClasses: { arrow: EdgeLineProgram, line: EdgeLineProgram },
          defaultNodeType: "circle",
          nodeProgramClasses: { circle: NodePointProgram },
        }
      : { defaultEdgeType: "arrow", edgeProgramClasses: { arrow: ArrowProgram, curved: CurvedArrowProgram } }),
    hideEdgesOnMove: big,
    renderEdgeLabels: !big,
    labelFont: theme.font,
    labelSize: 14,
    labelWeight: "500",
    labelColor: { color: theme.label },
    labelDensity: 1.5,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: big ? 8 : 4,
    edgeLabelFont: theme.font,
    edgeLabelSize: 12,
    edgeLabelColor: { color: theme.colors.edgeFocus },
    zIndex: !big,
    // Set here rather than by setSetting later: every setSetting re-runs the reducers over every node and edge.
    defaultDrawNodeHover: themedHoverDrawer(),
    defaultDrawEdgeLabel: avoidingNodeLabels(
      drawStraightEdgeLabel,
      () => current,
      edgeLabelClearance,
      nodeLabelDeclutter.hidden,
    ),
    defaultDrawNodeLabel: nodeLabelDeclutter.drawer(drawDiscNodeLabel),
    stagePadding: 56,
    // A container squeezed to zero height (a phone's sheet, a window being resized) draws nothing until it grows
    // back, instead of throwing from Sigma's resize handler.
    allowInvalidContainer: true,
    minCameraRatio: 0.08,
    maxCameraRatio: 4,
    nodeReducer: (node, attrs) => nodeDisplay(node, attrs, context()),
    edgeReducer: (edge, attrs) => {
      const [source, target] = graph.extremities(edge);
      const display = edgeDisplay(attrs, source, target, context(), edge);
      const bend = big ? undefined : curvature(edge);
      return bend === undefined || display.hidden ? display : { ...display, type: "curved", curvature: bend };
    },
  });
  // A big first view's edge slices go into Sigma's programs as they come, not through a pass over the whole graph.
  appendAddedEdges(sigma as unknown as Sigma, sigmaProcesses);
  current = sigma;
  logFrames(sigma as unknown as Sigma, edgeLabelClearance);
  nodeLabelDeclutter.attach(sigma);
  sigma.on("kill", () => {
    if (current === sigma) current = null;
  });
  return sigma;
}
