// Lifecycle of loading the whole graph: what the status view and the stage react to.
import type { ExplorerGraph } from "../../lib/graph/index.ts";

/** A failure already phrased for people: a short title and the server's (or browser's) message. */
export interface Failure {
  title: string;
  message: string;
  /** HTTP status when the server answered, null when it could not be reached. */
  httpStatus: number | null;
}

export type DataState =
  | { status: "loading" }
  | { status: "ready"; graph: ExplorerGraph; skippedRelationships: number; capped: boolean }
  | { status: "empty" }
  | { status: "error"; failure: Failure };

export const INITIAL_DATA: DataState = { status: "loading" };
