// The offline engine: answers the explorer's reads from a snapshot, in the API's own response shapes.
import type { Snapshot } from "../../../shared/index.ts";
import { indexSnapshot } from "./utils.ts";
import { createSearch } from "./search.ts";
import { neighbors } from "./neighbors.ts";
import { paths } from "./paths.ts";
import { nodeDetail } from "./node-detail.ts";
import type { NeighborsQuery, PathsQuery, SearchQuery } from "../../../shared/index.ts";

export { OfflineNotFound } from "./utils.ts";
export { tokenize } from "./search.ts";
export type { OfflineIndex } from "./types.ts";

export function createOfflineEngine(snapshot: Snapshot) {
  const index = indexSnapshot(snapshot);
  const search = createSearch(snapshot.nodes);
  return {
    snapshot,
    search: (q: SearchQuery) => search(q),
    /** Resolves once the search index holds every node (big snapshots index in chunks). */
    searchReady: search.ready,
    node: (id: string) => nodeDetail(index, id),
    neighbors: (id: string, q: NeighborsQuery) => neighbors(index, id, q),
    paths: (q: PathsQuery) => paths(index, q),
  };
}
export type OfflineEngine = ReturnType<typeof createOfflineEngine>;
