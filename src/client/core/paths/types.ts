// The path finder: two endpoints, the k shortest paths between them, and the one route on show.
import type { PathsResponse } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";
import type { RouteOrder } from "./ranking.ts";

/** `via` is the optional stop the route must pass through. */
export type PathEnd = "from" | "to" | "via";

export type PathResult =
  | { status: "idle" }
  | { status: "loading" }
  /** `route` indexes `response.paths`. */
  | { status: "ready"; response: PathsResponse; route: number }
  | { status: "error"; failure: Failure };

export interface PathsState {
  /** Data-graph keys of the chosen endpoints. */
  from: string | null;
  to: string | null;
  via: string | null;
  result: PathResult;
  /** How the routes are offered (ranking.ts); a reader's choice kept across questions and in the link. */
  order: RouteOrder;
}

export const INITIAL_PATHS: PathsState = {
  from: null,
  to: null,
  via: null,
  result: { status: "idle" },
  order: "shortest",
};

/** The nodes and relationships of the route on show, for the reducers; the other routes are drawn beside it. */
export interface RouteHighlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes and relationships of every route found (the chosen one's included); absent for a single route. */
  otherNodes?: ReadonlySet<string>;
  otherEdges?: ReadonlySet<string>;
}
