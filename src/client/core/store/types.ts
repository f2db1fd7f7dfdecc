// The whole client state: one object in one store, each slice owned by its domain module.
import type { DataState } from "../data/index.ts";
import type { DetailState } from "../detail/index.ts";
import type { SelectionState } from "../selection/index.ts";
import type { ViewState } from "../preferences/index.ts";
import type { EditorState } from "../editor/index.ts";
import type { LibraryState } from "../library/index.ts";
import type { PresentationState } from "../presentation/index.ts";
import type { ResultState } from "../result/index.ts";
import type { ThemeState } from "../theme/index.ts";
import type { SceneState } from "../scene/index.ts";
import type { PathsState } from "../paths/index.ts";
import type { SearchState } from "../search/index.ts";
import type { FilterState } from "../filter/index.ts";
import type { PinsState } from "../pins/index.ts";
import type { ActivityState } from "../activity/index.ts";
import type { CameraState } from "../camera/index.ts";
import type { HistoryState } from "../history/index.ts";

export interface AppState {
  data: DataState;
  selection: SelectionState;
  view: ViewState;
  detail: DetailState;
  library: LibraryState;
  result: ResultState;
  editor: EditorState;
  presentation: PresentationState;
  theme: ThemeState;
  scene: SceneState;
  paths: PathsState;
  search: SearchState;
  filter: FilterState;
  pins: PinsState;
  activity: ActivityState;
  camera: CameraState;
  history: HistoryState;
}
