// Which node labels to leave out so that no two drawn ones overlap: the most important label keeps its place first.
import type { Box } from "./edge-label-clearance.ts";

export interface LabelCandidate {
  key: string;
  box: Box;
  /** Higher keeps its label first (a forced label, then the bigger node). */
  priority: number;
}

/** Room kept between two labels, in pixels, so that neighbouring names do not touch either. */
export const LABEL_GAP = 2;

const overlaps = (a: Box, b: Box, gap: number): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

/**
 * Greedy by priority (ties by key, so one view always gives the same labels): a label is kept when it overlaps none
 * kept before it. Returns the keys left out.
 */
export function declutterLabels(candidates: readonly LabelCandidate[], gap = LABEL_GAP): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const kept: Box[] = [];
  const left = new Set<string>();
  for (const candidate of order) {
    if (kept.some((box) => overlaps(box, candidate.box, gap))) left.add(candidate.key);
    else kept.push(candidate.box);
  }
  return left;
}
