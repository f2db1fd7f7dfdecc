// Pure run-lifecycle transitions and what a result says about itself.
import type { GraphPayload } from "../../../shared/index.ts";
import { nextSort } from "../../lib/table/index.ts";
import type { ResultSource, ResultState, RunFailure } from "./types.ts";

export function runStarted(_state: ResultState, source: ResultSource, id: number): ResultState {
  return { status: "running", id, source };
}

export function runSucceeded(state: ResultState, id: number, payload: GraphPayload): ResultState {
  if (state.status !== "running" || state.id !== id) return state;
  return { status: "ready", id, source: state.source, payload, sort: null };
}

export function runFailed(state: ResultState, id: number, failure: RunFailure): ResultState {
  if (state.status !== "running" || state.id !== id) return state;
  return { status: "error", id, source: state.source, failure };
}

export function resultSorted(state: ResultState, column: string): ResultState {
  if (state.status !== "ready") return state;
  return { ...state, sort: nextSort(state.sort, column) };
}

/** Shows a hidden column again, or hides a shown one. */
export function resultColumnToggled(state: ResultState, column: string): ResultState {
  if (state.status !== "ready") return state;
  const hidden = state.hidden ?? [];
  return {
    ...state,
    hidden: hidden.includes(column) ? hidden.filter((c) => c !== column) : [...hidden, column],
  };
}

export function resultCleared(state: ResultState): ResultState {
  return state.status === "idle" ? state : { status: "idle" };
}

export function sourceTitle(source: ResultSource): string {
  return source.kind === "saved" ? source.title : "Your Cypher query";
}

/** Notes a reader must see with the table: the cap cut rows, the timeout stopped the query, nothing to draw. */
export function resultNotes(payload: GraphPayload): string[] {
  const notes: string[] = [];
  if (payload.summary.timedOut)
    notes.push(
      "The query hit the server's time limit and was stopped: the rows shown are only those that arrived in time.",
    );
  if (payload.summary.capped)
    notes.push(
      `The result was cut short at ${payload.summary.rowCount} rows by the server's result cap: add a LIMIT or narrow the query.`,
    );
  if (payload.rows?.length === 0 && !payload.summary.timedOut) notes.push("The query ran and returned no rows.");
  else if (payload.nodes.length === 0)
    notes.push("This result holds no nodes or relationships, so the graph view is unchanged; the table shows it all.");
  return notes;
}
