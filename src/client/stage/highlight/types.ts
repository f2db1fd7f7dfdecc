// Inputs of the render-time reducers: everything that changes how the data graph is drawn.
import type { Language, Perspective } from "../../../shared/index.ts";
import type { NodeLook } from "../../lib/appearance/index.ts";
import type { RouteHighlight } from "../../core/paths/index.ts";

/** Canvas colours read from CSS variables, so themes restyle WebGL too. */
export interface CanvasColors {
  edge: string;
  edgeFocus: string;
  dimNode: string;
  dimEdge: string;
}

export interface HighlightContext {
  /** The node whose neighbourhood stands out (hovered, else selected), or null for no dimming. */
  focus: string | null;
  selected: string | null;
  neighbours: ReadonlySet<string>;
  language: Language;
  /** Draw every edge's label, not only those touching the focus. */
  edgeLabels: boolean;
  colors: CanvasColors;
  /** The path finder's route on show: lit while nothing is hovered, the rest dimmed. */
  route: RouteHighlight | null;
  /** Legend categories switched off: their nodes (and so their edges) are not drawn. */
  hiddenCategories: ReadonlySet<string>;
  /**
   * Grey out everything outside the focus' neighbourhood. Off for big graphs: dimming touches every node
   * and edge, so a hover would reprocess 500,000 edges; without it a hover redraws only the neighbourhood.
   */
  dimOthers: boolean;
  /**
   * Draw every edge. Off above the edge-drawing limit: only edges touching the hovered or selected node
   * (or the route) are drawn, the others stay in the graph (search, expand, paths and hover still use them).
   */
  allEdges: boolean;
  /** Captions, colours and sizes of the perspective (the Style panel's changes included); null until it is loaded. */
  look: NodeLook | null;
  /** For relationship phrases on edge labels. */
  perspective: Perspective | null;
}

export const DEFAULT_CANVAS_COLORS: CanvasColors = {
  edge: "#a7afb9",
  edgeFocus: "#3b4654",
  dimNode: "#dde1e6",
  dimEdge: "#eef0f3",
};

/** Canvas labels longer than this many characters are cut with an ellipsis. */
export const MAX_LABEL_LENGTH = 30;
