// A query run and its outcome: rows for the table, nodes and relationships for the graph view.
import type { GraphPayload, SavedQueryValue } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";
import type { SortState } from "../../lib/table/index.ts";

export type ResultSource =
  | { kind: "saved"; name: string; title: string; params: Record<string, SavedQueryValue> }
  | { kind: "cypher"; query: string };

export interface ErrorPosition {
  line: number;
  column: number;
  offset?: number;
}

/** A failed run, phrased for people; `code` is the API's error code, `position` where Neo4j found a syntax error. */
export interface RunFailure extends Failure {
  code: string | null;
  position: ErrorPosition | null;
}

export type ResultState =
  | { status: "idle" }
  | { status: "running"; id: number; source: ResultSource }
  | {
      status: "ready";
      id: number;
      source: ResultSource;
      payload: GraphPayload;
      sort: SortState;
      /** Columns the reader took out of the table (the column chooser); the downloads keep them. */
      hidden?: readonly string[];
    }
  | { status: "error"; id: number; source: ResultSource; failure: RunFailure };

export const INITIAL_RESULT: ResultState = { status: "idle" };
