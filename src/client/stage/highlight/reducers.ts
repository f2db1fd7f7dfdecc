// Pure node/edge reducers: hover, selection and language live here, never in the data graph.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "../../lib/graph/index.ts";
import { displayName, type Language } from "../../../shared/index.ts";
import { relationshipPhrase, type NodeLook } from "../../lib/appearance/index.ts";
import type { RouteHighlight } from "../../core/paths/index.ts";
import { focusNode, type SelectionState } from "../../core/selection/index.ts";
import { MAX_LABEL_LENGTH, type CanvasColors, type HighlightContext } from "./types.ts";

export function neighbourhood(graph: ExplorerGraph, focus: string | null): Set<string> {
  if (focus === null || !graph.hasNode(focus)) return new Set();
  return new Set(graph.neighbors(focus));
}

export function highlightContext(
  graph: ExplorerGraph,
  selection: SelectionState,
  preferences: { language: Language; zoomedIn: boolean },
  colors: CanvasColors,
  extras: {
    route?: RouteHighlight | null;
    hiddenCategories?: readonly string[];
    dimOthers?: boolean;
    allEdges?: boolean;
    look?: NodeLook | null;
  } = {},
): HighlightContext {
  const focus = focusNode(selection);
  const known = focus !== null && graph.hasNode(focus) ? focus : null;
  return {
    focus: known,
    selected: selection.selected,
    neighbours: neighbourhood(graph, known),
    language: preferences.language,
    edgeLabels: preferences.zoomedIn,
    colors,
    route: extras.route ?? null,
    hiddenCategories: new Set(extras.hiddenCategories ?? []),
    dimOthers: extras.dimOthers ?? true,
    allEdges: extras.allEdges ?? true,
    look: extras.look ?? null,
    perspective: extras.look?.perspective ?? null,
  };
}

/** Long names crowd the canvas; the full name shows on hover, selection and in the panel. */
export function shortLabel(label: string, max = MAX_LABEL_LENGTH): string {
  const chars = [...label];
  return chars.length <= max
    ? label
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

export function nodeDisplay(key: string, attrs: NodeAttributes, ctx: HighlightContext): Partial<NodeDisplayData> {
  const look = ctx.look?.of(key, attrs, ctx.language) ?? null;
  const caption = look ? look.caption : displayName(attrs.names, ctx.language, attrs.slug, key);
  // A caption in another language than the chosen one (the node has no name in it) says which, as the details panel
  // and search do: "Moonshot AI · EN" in Chinese mode, so a class does not take it for the Chinese name. The mark
  // stays whole when a long caption is shortened.
  const suffix =
    look && look.captionLanguage !== null && look.captionLanguage !== ctx.language
      ? ` · ${look.captionLanguage.toUpperCase()}`
      : "";
  const full = caption + suffix;
  const short = shortLabel(caption) + suffix;
  const selected = key === ctx.selected;
  const styled: Partial<NodeDisplayData> = look
    ? { ...attrs, color: look.color, size: look.size, label: short, highlighted: selected }
    : { ...attrs, label: short, highlighted: selected };
  // Size or colour by a network measure (the Style panel's node rules) win over the label's.
  const measured = ctx.look?.measured(key) ?? null;
  const display = measured ? { ...styled, ...measured } : styled;
  if (ctx.hiddenCategories.has(attrs.category)) return { ...display, hidden: true };
  // The selected node stays visible even while the pointer explores another neighbourhood.
  if (selected || key === ctx.focus) return { ...display, label: full, forceLabel: true, zIndex: 3 };
  // Hover explores; otherwise a route on show decides what stands out.
  if (ctx.route && (ctx.focus === null || ctx.focus === ctx.selected)) {
    if (ctx.route.nodes.has(key)) return { ...display, label: full, forceLabel: true, zIndex: 2 };
    // The other routes found stay drawn, in their colours, beneath the chosen one: the answer is seen together.
    if (ctx.route.otherNodes?.has(key)) return { ...display, label: short, forceLabel: true, zIndex: 1 };
    return { ...display, color: ctx.colors.dimNode, label: "", zIndex: 0 };
  }
  if (ctx.focus === null) return display;
  if (ctx.neighbours.has(key)) return { ...display, forceLabel: true, zIndex: 2 };
  return ctx.dimOthers ? { ...display, color: ctx.colors.dimNode, label: "", zIndex: 0 } : display;
}

export function edgeDisplay(
  attrs: EdgeAttributes,
  source: string,
  target: string,
  ctx: HighlightContext,
  key = "",
): Partial<EdgeDisplayData> {
  const touches = (node: string | null) => node !== null && (source === node || target === node);
  // Checked first and answered with a tiny object: this is the case of almost all of 500,000 edges.
  if (
    !ctx.allEdges &&
    !touches(ctx.focus) &&
    !touches(ctx.selected) &&
    !ctx.route?.edges.has(key) &&
    !ctx.route?.otherEdges?.has(key)
  )
    return { hidden: true };
  // The base colour comes from the theme, not the data graph, so a theme switch recolours every edge at once.
  const phrase = relationshipPhrase(attrs.relType, ctx.perspective, ctx.language);
  const display: Partial<EdgeDisplayData> = {
    ...attrs,
    color: ctx.colors.edge,
    label: ctx.edgeLabels ? phrase : "",
  };
  if (ctx.route && (ctx.focus === null || ctx.focus === ctx.selected)) {
    if (ctx.route.edges.has(key))
      return { ...display, color: ctx.colors.edgeFocus, label: phrase, size: attrs.size * 2.2, zIndex: 2 };
    if (ctx.route.otherEdges?.has(key)) return { ...display, label: "", zIndex: 1 };
    return { ...display, color: ctx.colors.dimEdge, label: "", zIndex: 0 };
  }
  if (ctx.focus === null) return display;
  if (source === ctx.focus || target === ctx.focus) {
    return { ...display, color: ctx.colors.edgeFocus, label: phrase, size: attrs.size * 1.5, zIndex: 2 };
  }
  return ctx.dimOthers ? { ...display, color: ctx.colors.dimEdge, label: "", zIndex: 0 } : display;
}
