// Path finder state, transitions and actions.
import type { PathsResponse } from "../../../shared/index.ts";
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { Failure } from "../data/index.ts";
import type { PathEnd, PathsState } from "./types.ts";
import {
  clearPaths,
  pathsFailed,
  pathsLoaded,
  pathsRequested,
  selectRoute,
  setEndpoint,
  setRouteOrder,
  swapEndpoints,
} from "./transitions.ts";
import type { RouteOrder } from "./ranking.ts";

export * from "./types.ts";
export * from "./transitions.ts";
export * from "./ranking.ts";
export * from "./through.ts";

export function createPathsActions<S extends { paths: PathsState }>(store: Store<S>) {
  const apply = sliceUpdater<"paths", PathsState, S>(store, "paths");
  return {
    setEndpoint: (end: PathEnd, key: string | null) => apply((s) => setEndpoint(s, end, key)),
    swap: () => apply(swapEndpoints),
    requested: () => apply(pathsRequested),
    loaded: (response: PathsResponse, route?: number) => apply((s) => pathsLoaded(s, response, route)),
    failed: (failure: Failure) => apply((s) => pathsFailed(s, failure)),
    selectRoute: (route: number) => apply((s) => selectRoute(s, route)),
    clear: () => apply(clearPaths),
    setOrder: (order: RouteOrder) => apply((s) => setRouteOrder(s, order)),
  };
}
export type PathsActions = ReturnType<typeof createPathsActions>;
