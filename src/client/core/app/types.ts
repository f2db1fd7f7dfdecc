// The whole client state: one object in one store, each slice owned by its domain module.
import type { DataState } from "../data/index.ts";
import type { DetailState } from "../detail/index.ts";
import type { SelectionState } from "../selection/index.ts";
import type { ViewState } from "../view/index.ts";

export interface AppState {
  data: DataState;
  selection: SelectionState;
  view: ViewState;
  detail: DetailState;
}
