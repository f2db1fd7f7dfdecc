// Pure history transitions over snapshots, and reading/writing a snapshot from the whole state.
import type { PathsState } from "../paths/index.ts";
import type { SceneState } from "../scene/index.ts";
import type { SelectionState } from "../selection/index.ts";
import { MAX_HISTORY, type HistoryEntry, type HistoryState, type Snapshot } from "./types.ts";

export interface Recordable {
  scene: SceneState;
  paths: PathsState;
  selection: SelectionState;
}

export function snapshotOf(state: Recordable): Snapshot {
  return { scene: state.scene, paths: state.paths, selected: state.selection.selected };
}

export function applySnapshot<S extends Recordable>(state: S, snapshot: Snapshot): S {
  return {
    ...state,
    scene: snapshot.scene,
    paths: snapshot.paths,
    selection: { ...state.selection, selected: snapshot.selected },
  };
}

export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return a.scene === b.scene && a.paths === b.paths && a.selected === b.selected;
}

/** A fresh stack holding one entry: the first view, or a view rebuilt from a link. */
export function startHistory(state: HistoryState, label: string, snapshot: Snapshot): HistoryState {
  return { entries: [{ id: state.nextId, label, snapshot }], index: 0, nextId: state.nextId + 1, last: "start" };
}

/** Keeps `before` as the present entry's final look, drops the forward entries, and pushes `after`. */
export function commit(
  state: HistoryState,
  before: Snapshot,
  label: string,
  after: Snapshot,
  max = MAX_HISTORY,
): HistoryState {
  if (state.index < 0) return startHistory(state, label, after);
  const kept = state.entries
    .slice(0, state.index + 1)
    .map((entry, i) => (i === state.index ? { ...entry, snapshot: before } : entry));
  const entries = [...kept, { id: state.nextId, label, snapshot: after }].slice(-max);
  return { entries, index: entries.length - 1, nextId: state.nextId + 1, last: "push" };
}

/** Moves to the entry `id`, first saving `current` into the entry being left; null when `id` is unknown. */
export function goTo(
  state: HistoryState,
  id: number,
  current: Snapshot,
): { history: HistoryState; snapshot: Snapshot } | null {
  const target = state.entries.findIndex((entry) => entry.id === id);
  if (target < 0) return null;
  const entries = state.entries.map((entry, i) => (i === state.index ? { ...entry, snapshot: current } : entry));
  const entry = entries[target] as HistoryEntry;
  return { history: { ...state, entries, index: target, last: "go" }, snapshot: entry.snapshot };
}

export function presentEntry(state: HistoryState): HistoryEntry | null {
  return state.entries[state.index] ?? null;
}

export function neighbourEntry(state: HistoryState, delta: -1 | 1): HistoryEntry | null {
  return state.index < 0 ? null : (state.entries[state.index + delta] ?? null);
}
