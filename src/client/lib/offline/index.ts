// The offline engine: answers the explorer's reads from a snapshot, in the API's own response shapes.
import type { Snapshot } from "../../../shared/index.ts";
import { indexSnapshot, resolveNode } from "./snapshot-index.ts";
import { createSearch } from "./search.ts";
import { neighbors } from "./neighbors.ts";
import { paths } from "./paths.ts";
import { nodeDetail } from "./node-detail.ts";
import type { NeighborsQuery, PathsQuery, SearchQuery, SearchResponse } from "../../../shared/index.ts";

export { OfflineNotFound } from "./snapshot-index.ts";
export { tokenize } from "./search.ts";
export type { OfflineIndex } from "./types.ts";

/** Search answered elsewhere: by the snapshot worker, which holds its own index. */
export type RemoteSearch = (q: SearchQuery) => Promise<SearchResponse>;

export function createOfflineEngine(snapshot: Snapshot, remoteSearch?: RemoteSearch) {
  const index = indexSnapshot(snapshot);
  const local = remoteSearch ? null : createSearch(snapshot.nodes, snapshot.perspective?.perspective);
  const search = (q: SearchQuery): Promise<SearchResponse> => (local ? Promise.resolve(local(q)) : remoteSearch!(q));
  return {
    snapshot,
    search,
    /** The element id of the node a person meant: an element id, a slug or a name in any language. */
    resolve: async (text: string): Promise<string> => (await resolveNode(index, search, text)).id,
    node: (id: string) => nodeDetail(index, id),
    neighbors: (id: string, q: NeighborsQuery) => neighbors(index, id, q),
    paths: (q: PathsQuery) => paths(index, q),
  };
}
export type OfflineEngine = ReturnType<typeof createOfflineEngine>;
