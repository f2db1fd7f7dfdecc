// The whole client state: one object in one store, each slice owned by its domain module.
import type { DataState } from "../data/index.ts";
import type { DetailState } from "../detail/index.ts";
import type { SelectionState } from "../selection/index.ts";
import type { ViewState } from "../view/index.ts";
import type { EditorState } from "../editor/index.ts";
import type { LibraryState } from "../library/index.ts";
import type { PresentationState } from "../presentation/index.ts";
import type { ResultState } from "../result/index.ts";
import type { ThemeState } from "../theme/index.ts";

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
}
