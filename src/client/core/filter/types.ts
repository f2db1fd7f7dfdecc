// The legend's filter: node categories hidden from the drawing (by the reducers, not by removal).
export interface FilterState {
  hiddenCategories: readonly string[];
}

export const INITIAL_FILTER: FilterState = { hiddenCategories: [] };
