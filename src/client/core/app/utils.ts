// The starting state of the page.
import { INITIAL_DATA } from "../data/index.ts";
import { INITIAL_DETAIL } from "../detail/index.ts";
import { INITIAL_SELECTION } from "../selection/index.ts";
import { INITIAL_VIEW } from "../view/index.ts";
import { INITIAL_EDITOR } from "../editor/index.ts";
import { INITIAL_LIBRARY } from "../library/index.ts";
import { INITIAL_PRESENTATION } from "../presentation/index.ts";
import { INITIAL_RESULT } from "../result/index.ts";
import { INITIAL_THEME } from "../theme/index.ts";
import type { AppState } from "./types.ts";

export function initialState(overrides: Partial<AppState> = {}): AppState {
  return { data: INITIAL_DATA, selection: INITIAL_SELECTION, view: INITIAL_VIEW, detail: INITIAL_DETAIL, library: INITIAL_LIBRARY, result: INITIAL_RESULT, editor: INITIAL_EDITOR, presentation: INITIAL_PRESENTATION, theme: INITIAL_THEME, ...overrides };
}
