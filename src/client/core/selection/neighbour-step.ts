// Arrow keys on the stage: which neighbour of the selected node lies in the pressed direction (screen coordinates).
import type { SelectionState } from "./types.ts";
import { selectNode } from "./transitions.ts";

export type ArrowKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

/** A node where the reader sees it: viewport pixels, y growing downwards. */
export interface Placed {
  key: string;
  x: number;
  y: number;
}

const DIRECTIONS: Record<ArrowKey, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export function isArrowKey(key: string): key is ArrowKey {
  return key in DIRECTIONS;
}

/**
 * The neighbour ahead in the direction, preferring the one closest to the line of travel: distance plus twice the
 * sideways offset, so a near node straight ahead beats a nearer one off to the side. Null when none is ahead.
 */
export function neighbourAhead(from: Placed, neighbours: readonly Placed[], key: ArrowKey): string | null {
  const d = DIRECTIONS[key];
  let best: { key: string; score: number } | null = null;
  for (const n of neighbours) {
    if (n.key === from.key) continue;
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const along = dx * d.x + dy * d.y;
    const across = Math.abs(dx * d.y - dy * d.x);
    // Within 60° either side of the direction: a node straight up is not "left" of anything.
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = Math.hypot(dx, dy) + 2 * across;
    if (!best || score < best.score || (score === best.score && n.key < best.key)) best = { key: n.key, score };
  }
  return best?.key ?? null;
}

/** The node nearest a point (the stage's centre): where arrow keys start when nothing is selected. */
export function nearestTo(point: { x: number; y: number }, nodes: readonly Placed[]): string | null {
  let best: { key: string; distance: number } | null = null;
  for (const n of nodes) {
    const distance = Math.hypot(n.x - point.x, n.y - point.y);
    if (!best || distance < best.distance) best = { key: n.key, distance };
  }
  return best?.key ?? null;
}

/**
 * One arrow press: with a selection, move to the neighbour ahead (stay when none is); without one, select the node
 * nearest the centre. Returns the same state when nothing changes.
 */
export function arrowStep(
  state: SelectionState,
  key: ArrowKey,
  place: {
    selected: Placed | null;
    neighbours: readonly Placed[];
    visible: readonly Placed[];
    centre: { x: number; y: number };
  },
): SelectionState {
  if (state.selected === null || place.selected === null)
    return selectNode(state, nearestTo(place.centre, place.visible));
  const next = neighbourAhead(place.selected, place.neighbours, key);
  return next === null ? state : selectNode(state, next);
}
