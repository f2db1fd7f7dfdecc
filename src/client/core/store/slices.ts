// The one record of state slices: each entry is a slice's starting value and its actions. The store's state
// (AppState), its first value and the actions object views use all come from this record, so adding a slice
// is one entry here.
import { createActivityActions, INITIAL_ACTIVITY } from "../activity/index.ts";
import { createCameraActions, INITIAL_CAMERA } from "../camera/index.ts";
import { createDataActions, INITIAL_DATA } from "../data/index.ts";
import { createDetailActions, INITIAL_DETAIL } from "../detail/index.ts";
import { createDiffActions, INITIAL_DIFF } from "../diff/index.ts";
import { createEditorActions, INITIAL_EDITOR } from "../editor/index.ts";
import { createFilterActions, INITIAL_FILTER } from "../filter/index.ts";
import { createHistoryActions, INITIAL_HISTORY } from "../history/index.ts";
import { createLiveActions, INITIAL_LIVE } from "../live/index.ts";
import { createLibraryActions, INITIAL_LIBRARY } from "../library/index.ts";
import { createNotesActions, INITIAL_NOTES } from "../notes/index.ts";
import { createMeasuresActions, INITIAL_MEASURES } from "../measures/index.ts";
import { createPathsActions, INITIAL_PATHS } from "../paths/index.ts";
import { createPerspectiveActions, INITIAL_PERSPECTIVE } from "../perspective/index.ts";
import { createPinActions, INITIAL_PINS } from "../pins/index.ts";
import { createPreferencesActions, INITIAL_PREFERENCES } from "../preferences/index.ts";
import { createPresentationActions, INITIAL_PRESENTATION } from "../presentation/index.ts";
import { createReaderActions, INITIAL_READER } from "../reader/index.ts";
import { createResultActions, INITIAL_RESULT } from "../result/index.ts";
import { createSceneActions, INITIAL_SCENE } from "../scene/index.ts";
import { createSearchActions, INITIAL_SEARCH } from "../search/index.ts";
import { createSelectionActions, INITIAL_SELECTION } from "../selection/index.ts";
import { createThemeActions, INITIAL_THEME } from "../theme/index.ts";
import { createTimeActions, INITIAL_TIME } from "../time/index.ts";

export const SLICES = {
  data: { initial: INITIAL_DATA, actions: createDataActions },
  selection: { initial: INITIAL_SELECTION, actions: createSelectionActions },
  preferences: { initial: INITIAL_PREFERENCES, actions: createPreferencesActions },
  detail: { initial: INITIAL_DETAIL, actions: createDetailActions },
  library: { initial: INITIAL_LIBRARY, actions: createLibraryActions },
  result: { initial: INITIAL_RESULT, actions: createResultActions },
  editor: { initial: INITIAL_EDITOR, actions: createEditorActions },
  presentation: { initial: INITIAL_PRESENTATION, actions: createPresentationActions },
  theme: { initial: INITIAL_THEME, actions: createThemeActions },
  scene: { initial: INITIAL_SCENE, actions: createSceneActions },
  paths: { initial: INITIAL_PATHS, actions: createPathsActions },
  search: { initial: INITIAL_SEARCH, actions: createSearchActions },
  filter: { initial: INITIAL_FILTER, actions: createFilterActions },
  pins: { initial: INITIAL_PINS, actions: createPinActions },
  activity: { initial: INITIAL_ACTIVITY, actions: createActivityActions },
  camera: { initial: INITIAL_CAMERA, actions: createCameraActions },
  history: { initial: INITIAL_HISTORY, actions: createHistoryActions },
  perspective: { initial: INITIAL_PERSPECTIVE, actions: createPerspectiveActions },
  time: { initial: INITIAL_TIME, actions: createTimeActions },
  diff: { initial: INITIAL_DIFF, actions: createDiffActions },
  reader: { initial: INITIAL_READER, actions: createReaderActions },
  live: { initial: INITIAL_LIVE, actions: createLiveActions },
  notes: { initial: INITIAL_NOTES, actions: createNotesActions },
  measures: { initial: INITIAL_MEASURES, actions: createMeasuresActions },
};

type Slices = typeof SLICES;
export type SliceName = keyof Slices;

/** The whole client state: one object in one store, each slice owned by its domain module. */
export type AppState = { [K in SliceName]: Slices[K]["initial"] };

/** What views call: one actions object per slice, under the slice's name. */
export type Actions = { [K in SliceName]: ReturnType<Slices[K]["actions"]> };
