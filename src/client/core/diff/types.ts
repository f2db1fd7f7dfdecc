// The diff on show: none, loading, ready (with the change the list has reached), or a file that could not be read.
import type { GraphDiff } from "../../../shared/index.ts";

export type DiffState =
  | { status: "none" }
  | { status: "loading"; source: string }
  | { status: "ready"; source: string; diff: GraphDiff; step: number | null }
  | { status: "error"; source: string; message: string };

export const INITIAL_DIFF: DiffState = { status: "none" };
