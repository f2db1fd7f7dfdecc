// Pure selection transitions; each returns the same object when nothing changes.
import type { SelectionState } from "./types.ts";

export function selectNode(state: SelectionState, node: string | null): SelectionState {
  return state.selected === node ? state : { ...state, selected: node };
}

export function clearSelection(state: SelectionState): SelectionState {
  return selectNode(state, null);
}

export function hoverNode(state: SelectionState, node: string | null): SelectionState {
  return state.hovered === node ? state : { ...state, hovered: node };
}

/** Hover wins over selection so the pointer can explore without losing the open panel. */
export function focusNode(state: SelectionState): string | null {
  return state.hovered ?? state.selected;
}
