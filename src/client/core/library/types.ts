// The side panel: its open tab, the saved queries from GET /api/queries, and the one whose form is open.
import type { SavedQuery } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";

export type WorkbenchTab = "library" | "editor";

export type QueriesState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; queries: SavedQuery[] }
  | { status: "error"; failure: Failure };

export interface LibraryState {
  tab: WorkbenchTab;
  queries: QueriesState;
  /** Name of the saved query whose form is open, or null for the list. */
  selected: string | null;
}

export const INITIAL_LIBRARY: LibraryState = { tab: "library", queries: { status: "idle" }, selected: null };
