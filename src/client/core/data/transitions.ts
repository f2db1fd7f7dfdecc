// Pure load-lifecycle transitions.
import type { BuildResult, ExplorerGraph } from "../../lib/graph/index.ts";
import type { DataState, Failure } from "./types.ts";

export function loadStarted(state: DataState): DataState {
  return state.status === "loading" ? state : { status: "loading" };
}

/**
 * A graph without nodes is its own state, so the page can say so instead of showing a blank stage;
 * unless the view was asked to start empty (a link listing no nodes), which is not a database problem.
 */
export function loadSucceeded(_state: DataState, result: BuildResult, startsEmpty = false): DataState {
  if (result.graph.order === 0 && !startsEmpty) return { status: "empty" };
  return {
    status: "ready",
    graph: result.graph,
    skippedRelationships: result.skippedRelationships.length,
    capped: result.capped,
  };
}

export function loadFailed(_state: DataState, failure: Failure): DataState {
  return { status: "error", failure };
}

export function readyGraph(state: DataState): ExplorerGraph | null {
  return state.status === "ready" ? state.graph : null;
}
