// The side panel's data for the selected node: loading, loaded (from the API or the local graph), failed.
import type { NodeDetail } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";

export type DetailState =
  | { status: "idle" }
  | { status: "loading"; nodeId: string }
  /** `notice` explains a fallback to the already-loaded graph when the detail request failed. */
  | { status: "ready"; nodeId: string; detail: NodeDetail; notice: string | null }
  | { status: "error"; nodeId: string; failure: Failure };

export const INITIAL_DETAIL: DetailState = { status: "idle" };

/** Where a relationship's quote comes from, resolved against the Source nodes. */
export interface SourceRef {
  title: string;
  url: string | null;
  /** The source's language (its `language` property), for the quote's lang attribute; null when not given. */
  language: string | null;
}
