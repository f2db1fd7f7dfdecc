// How a diff colours the stage, applied on top of the other reducers: added green, removed red, changed amber,
// new key blue, unchanged ends grey; the change the list is on stands out. Pure.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { DiffStep, DiffView } from "./diff-view.ts";

export interface DiffColors {
  added: string;
  removed: string;
  changed: string;
  rekeyed: string;
  unchanged: string;
}

export interface DiffFocus {
  view: DiffView;
  step: DiffStep | null;
  colors: DiffColors;
}

export function diffNodeDisplay(
  key: string,
  display: Partial<NodeDisplayData>,
  { view, step, colors }: DiffFocus,
): Partial<NodeDisplayData> {
  const kind = view.nodes.get(key);
  if (kind === undefined) return display;
  const coloured = { ...display, color: colors[kind] };
  if (step?.nodes.includes(key))
    return { ...coloured, highlighted: true, forceLabel: true, zIndex: 3, size: (display.size ?? 6) * 1.5 };
  return step ? { ...coloured, label: "", zIndex: 1 } : coloured;
}

export function diffEdgeDisplay(
  key: string,
  display: Partial<EdgeDisplayData>,
  { view, step, colors }: DiffFocus,
): Partial<EdgeDisplayData> {
  const kind = view.edges.get(key);
  if (kind === undefined) return display;
  const size = (display.size ?? 1) * (step?.edge === key ? 3 : 1.8);
  return { ...display, hidden: false, color: colors[kind], size, zIndex: step?.edge === key ? 3 : 2 };
}
