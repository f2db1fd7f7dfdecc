// Inputs of the render-time reducers: everything that changes how the data graph is drawn.
import type { Language } from "../names/index.ts";

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
}

export const DEFAULT_CANVAS_COLORS: CanvasColors = {
  edge: "#a7afb9",
  edgeFocus: "#3b4654",
  dimNode: "#dde1e6",
  dimEdge: "#eef0f3",
};

/** Canvas labels longer than this many characters are cut with an ellipsis. */
export const MAX_LABEL_LENGTH = 30;
