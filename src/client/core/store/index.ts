// Creates the store and the actions object views use; the only place slices are put together.
import { createStore, type Store } from "../../lib/create-store.ts";
import { createDataActions } from "../data/index.ts";
import { createDetailActions } from "../detail/index.ts";
import { createSelectionActions } from "../selection/index.ts";
import { createViewActions } from "../preferences/index.ts";
import { createEditorActions } from "../editor/index.ts";
import { createLibraryActions } from "../library/index.ts";
import { createPresentationActions } from "../presentation/index.ts";
import { createResultActions } from "../result/index.ts";
import { createThemeActions } from "../theme/index.ts";
import { createSceneActions } from "../scene/index.ts";
import { createPathsActions } from "../paths/index.ts";
import { createSearchActions } from "../search/index.ts";
import { createFilterActions } from "../filter/index.ts";
import { createPinActions } from "../pins/index.ts";
import { createActivityActions } from "../activity/index.ts";
import { createCameraActions } from "../camera/index.ts";
import { createHistoryActions } from "../history/index.ts";
import type { AppState } from "./types.ts";
import { initialState } from "./initial-state.ts";

export * from "./types.ts";
export * from "./initial-state.ts";

export function createApp(initial: AppState = initialState()) {
  const store: Store<AppState> = createStore(initial);
  const actions = {
    data: createDataActions(store),
    selection: createSelectionActions(store),
    view: createViewActions(store),
    detail: createDetailActions(store),
    library: createLibraryActions(store),
    result: createResultActions(store),
    editor: createEditorActions(store),
    presentation: createPresentationActions(store),
    theme: createThemeActions(store),
    scene: createSceneActions(store),
    paths: createPathsActions(store),
    search: createSearchActions(store),
    filter: createFilterActions(store),
    pins: createPinActions(store),
    activity: createActivityActions(store),
    camera: createCameraActions(store),
    history: createHistoryActions(store),
  };
  return { store, actions };
}
export type App = ReturnType<typeof createApp>;
export type Actions = App["actions"];
