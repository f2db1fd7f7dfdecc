// The starting state of the page.
import { INITIAL_DATA } from "../data/index.ts";
import { INITIAL_DETAIL } from "../detail/index.ts";
import { INITIAL_SELECTION } from "../selection/index.ts";
import { INITIAL_VIEW } from "../preferences/index.ts";
import { INITIAL_EDITOR } from "../editor/index.ts";
import { INITIAL_LIBRARY } from "../library/index.ts";
import { INITIAL_PRESENTATION } from "../presentation/index.ts";
import { INITIAL_RESULT } from "../result/index.ts";
import { INITIAL_THEME } from "../theme/index.ts";
import { INITIAL_SCENE } from "../scene/index.ts";
import { INITIAL_PATHS } from "../paths/index.ts";
import { INITIAL_SEARCH } from "../search/index.ts";
import { INITIAL_FILTER } from "../filter/index.ts";
import { INITIAL_PINS } from "../pins/index.ts";
import { INITIAL_ACTIVITY } from "../activity/index.ts";
import { INITIAL_CAMERA } from "../camera/index.ts";
import { INITIAL_HISTORY } from "../history/index.ts";
import type { AppState } from "./types.ts";

export function initialState(overrides: Partial<AppState> = {}): AppState {
  return {
    data: INITIAL_DATA,
    selection: INITIAL_SELECTION,
    view: INITIAL_VIEW,
    detail: INITIAL_DETAIL,
    library: INITIAL_LIBRARY,
    result: INITIAL_RESULT,
    editor: INITIAL_EDITOR,
    presentation: INITIAL_PRESENTATION,
    theme: INITIAL_THEME,
    scene: INITIAL_SCENE,
    paths: INITIAL_PATHS,
    search: INITIAL_SEARCH,
    filter: INITIAL_FILTER,
    pins: INITIAL_PINS,
    activity: INITIAL_ACTIVITY,
    camera: INITIAL_CAMERA,
    history: INITIAL_HISTORY,
    ...overrides,
  };
}
