// What is in view, and how it got there: the part of the state that back/forward and links replay.

/** Neighbour filters of an expansion; empty lists mean "all". */
export interface NeighbourFilter {
  types: readonly string[];
  labels: readonly string[];
}

export const NO_FILTER: NeighbourFilter = { types: [], labels: [] };

/** One node's expansion: which nodes it brought into view, and how far through its neighbours it got. */
export interface ExpansionRecord {
  center: string;
  /** Nodes that were not in view before this expansion (what collapse may take away again). */
  added: readonly string[];
  filter: NeighbourFilter;
  /** Relationships loaded so far, over all pages. */
  loaded: number;
  /** Relationships matching the filter in the database. */
  total: number;
  /** Cursor of the next page, or null when all are loaded. */
  nextCursor: string | null;
}

export interface SceneState {
  /** Data-graph keys (elementIds) in view, in the order they arrived. */
  nodes: readonly string[];
  expansions: readonly ExpansionRecord[];
}

export const INITIAL_SCENE: SceneState = { nodes: [], expansions: [] };

/** A page of neighbours as the expansion command hands it over. */
export interface NeighbourPage {
  center: string;
  /** Every neighbour key the page returned, in view or not. */
  received: readonly string[];
  filter: NeighbourFilter;
  /** Relationships in this page. */
  count: number;
  total: number;
  nextCursor: string | null;
  /** True for "load more": the page continues the existing expansion rather than starting over. */
  more: boolean;
}
