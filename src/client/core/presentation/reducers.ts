// Sigma display overrides for one presentation step: the current hop lit, the story so far kept, the rest faded.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { StepFocus } from "./types.ts";

export interface PresentColors {
  current: string;
  visited: string;
  faded: string;
  fadedEdge: string;
}

export function presentNode(
  key: string,
  display: Partial<NodeDisplayData>,
  focus: StepFocus,
  colors: PresentColors,
): Partial<NodeDisplayData> {
  const base = { ...display, highlighted: false };
  if (focus.currentNodes.has(key))
    return { ...base, forceLabel: true, highlighted: true, zIndex: 3, size: (display.size ?? 8) * 1.6 };
  if (focus.visitedNodes.has(key)) return { ...base, forceLabel: true, zIndex: 2, size: (display.size ?? 8) * 1.2 };
  // The title card names every node of the chain; later steps name only what the story has reached.
  if (focus.storyNodes.has(key))
    return focus.title ? { ...base, forceLabel: true, zIndex: 2 } : { ...base, label: "", zIndex: 1 };
  return { ...base, color: colors.faded, label: "", zIndex: 0 };
}

export function presentEdge(
  key: string,
  display: Partial<EdgeDisplayData>,
  focus: StepFocus,
  colors: PresentColors,
): Partial<EdgeDisplayData> {
  const size = display.size ?? 2;
  if (key === focus.currentEdge)
    return { ...display, color: colors.current, size: size * 3, forceLabel: true, zIndex: 3 };
  if (focus.visitedEdges.has(key)) return { ...display, color: colors.visited, size: size * 2, label: "", zIndex: 2 };
  return { ...display, color: colors.fadedEdge, label: "", zIndex: 0 };
}
