// Pure node/edge reducers: hover, selection and language live here, never in the data graph.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../graph/index.ts";
import { displayName, type Language } from "../names/index.ts";
import { focusNode, type SelectionState } from "../selection/index.ts";
import type { CanvasColors, HighlightContext } from "./types.ts";

export function neighbourhood(graph: ExplorerGraph, focus: string | null): Set<string> {
  if (focus === null || !graph.hasNode(focus)) return new Set();
  return new Set(graph.neighbors(focus));
}

export function highlightContext(
  graph: ExplorerGraph,
  selection: SelectionState,
  view: { language: Language; zoomedIn: boolean },
  colors: CanvasColors,
): HighlightContext {
  const focus = focusNode(selection);
  const known = focus !== null && graph.hasNode(focus) ? focus : null;
  return {
    focus: known,
    selected: selection.selected,
    neighbours: neighbourhood(graph, known),
    language: view.language,
    edgeLabels: view.zoomedIn,
    colors,
  };
}

export function nodeDisplay(key: string, attrs: NodeAttributes, ctx: HighlightContext): Partial<NodeDisplayData> {
  const label = displayName(attrs.names, ctx.language, attrs.slug, key);
  const display: Partial<NodeDisplayData> = { ...attrs, label, highlighted: key === ctx.selected };
  if (ctx.focus === null) return display;
  if (key === ctx.focus || ctx.neighbours.has(key)) return { ...display, forceLabel: true, zIndex: 2 };
  return { ...display, color: ctx.colors.dimNode, label: "", highlighted: false, zIndex: 0 };
}

export function edgeDisplay(
  attrs: EdgeAttributes,
  source: string,
  target: string,
  ctx: HighlightContext,
): Partial<EdgeDisplayData> {
  const display: Partial<EdgeDisplayData> = { ...attrs, label: ctx.edgeLabels ? attrs.relType : "" };
  if (ctx.focus === null) return display;
  if (source === ctx.focus || target === ctx.focus) {
    return { ...display, color: ctx.colors.edgeFocus, label: attrs.relType, size: attrs.size * 1.5, zIndex: 2 };
  }
  return { ...display, color: ctx.colors.dimEdge, label: "", zIndex: 0 };
}
