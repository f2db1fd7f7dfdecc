// Which node is selected (panel open) and which is under the pointer; both are graph keys.
export interface SelectionState {
  selected: string | null;
  hovered: string | null;
}

export const INITIAL_SELECTION: SelectionState = { selected: null, hovered: null };
