// The starting state of the page.
import { INITIAL_DATA } from "../data/index.ts";
import { INITIAL_DETAIL } from "../detail/index.ts";
import { INITIAL_SELECTION } from "../selection/index.ts";
import { INITIAL_VIEW } from "../view/index.ts";
import type { AppState } from "./types.ts";

export function initialState(overrides: Partial<AppState> = {}): AppState {
  return { data: INITIAL_DATA, selection: INITIAL_SELECTION, view: INITIAL_VIEW, detail: INITIAL_DETAIL, ...overrides };
}
