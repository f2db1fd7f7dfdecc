// Pure path-finder transitions and the highlight of the chosen route.
import type { GraphPath, PathsResponse } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";
import type { PathEnd, PathsState, RouteHighlight } from "./types.ts";
import type { RouteOrder } from "./ranking.ts";

/** Changing an endpoint drops the result: it answered another question. */
export function setEndpoint(state: PathsState, end: PathEnd, key: string | null): PathsState {
  if (state[end] === key) return state;
  return { ...state, [end]: key, result: { status: "idle" } };
}

export function swapEndpoints(state: PathsState): PathsState {
  return { ...state, from: state.to, to: state.from, result: { status: "idle" } };
}

export function pathsRequested(state: PathsState): PathsState {
  return { ...state, result: { status: "loading" } };
}

/** Answers for other endpoints than the current ones are stale and dropped. */
export function pathsLoaded(state: PathsState, response: PathsResponse, route = 0): PathsState {
  if (state.from !== response.from.id || state.to !== response.to.id) return state;
  const last = Math.max(0, response.paths.length - 1);
  return { ...state, result: { status: "ready", response, route: Math.min(Math.max(0, route), last) } };
}

export function pathsFailed(state: PathsState, failure: Failure): PathsState {
  return state.result.status === "loading" ? { ...state, result: { status: "error", failure } } : state;
}

export function selectRoute(state: PathsState, route: number): PathsState {
  const { result } = state;
  if (result.status !== "ready" || route === result.route || route < 0 || route >= result.response.paths.length)
    return state;
  return { ...state, result: { ...result, route } };
}

export function clearPaths(state: PathsState): PathsState {
  return state.from === null && state.to === null && state.via === null && state.result.status === "idle"
    ? state
    : { ...state, from: null, to: null, via: null, result: { status: "idle" } };
}

/** The order routes are offered in; the route on show stays the one chosen (the panel picks the new first). */
export function setRouteOrder(state: PathsState, order: RouteOrder): PathsState {
  return state.order === order ? state : { ...state, order };
}

export function currentRoute(state: PathsState): GraphPath | null {
  return state.result.status === "ready" ? (state.result.response.paths[state.result.route] ?? null) : null;
}

export function routeHighlight(state: PathsState): RouteHighlight | null {
  const route = currentRoute(state);
  if (!route || state.result.status !== "ready") return null;
  const all = state.result.response.paths;
  return {
    nodes: new Set(route.nodes),
    edges: new Set(route.hops.map((hop) => hop.relationship.id)),
    otherNodes: new Set(all.flatMap((path) => path.nodes)),
    otherEdges: new Set(all.flatMap((path) => path.hops.map((hop) => hop.relationship.id))),
  };
}

/** Every node on any of the k routes: what showing the answer brings into view. */
export function nodesOnRoutes(response: PathsResponse): string[] {
  return [...new Set(response.paths.flatMap((path) => path.nodes))];
}
