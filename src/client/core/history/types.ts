// Back and forward: a stack of snapshots of what was done (expand, hide, collapse, paths...).
import type { PathsState } from "../paths/index.ts";
import type { SceneState } from "../scene/index.ts";

/**
 * What one step restores. Language, pins and the legend filter are preferences, not steps, so
 * going back never changes them. A later feature adds its own field here (e.g. the query shown).
 */
export interface Snapshot {
  scene: SceneState;
  paths: PathsState;
  selected: string | null;
}

export interface HistoryEntry {
  /** Stored in the browser's history.state, so popstate finds the entry again. */
  id: number;
  /** What the step did, for people ("Expand Alibaba"). */
  label: string;
  snapshot: Snapshot;
}

export interface HistoryState {
  entries: readonly HistoryEntry[];
  /** The present entry, -1 before the first view. */
  index: number;
  nextId: number;
  /** How the present entry was reached: the URL controller pushes, replaces or follows accordingly. */
  last: "start" | "push" | "go";
}

export const INITIAL_HISTORY: HistoryState = { entries: [], index: -1, nextId: 1, last: "start" };

/** Older steps are forgotten past this many (the browser keeps its own list). */
export const MAX_HISTORY = 100;
