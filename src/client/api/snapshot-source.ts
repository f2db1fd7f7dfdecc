// The second DataSource: answers every read from an exported snapshot, so the explorer runs with no server.
import type { Snapshot } from "../../shared/index.ts";
import { createOfflineEngine, OfflineNotFound, type RemoteSearch } from "../core/offline/index.ts";
import type { DataSource } from "./types.ts";
import { ApiRequestError } from "./utils.ts";

/** Same failure type the HTTP source throws, so views show offline misses exactly like API 404s. */
function answer<T>(read: () => T): Promise<T> {
  try {
    return Promise.resolve(read());
  } catch (error) {
    if (error instanceof OfflineNotFound)
      return Promise.reject(new ApiRequestError("http", 404, error.message, "not_found"));
    return Promise.reject(error);
  }
}

export function createSnapshotDataSource(snapshot: Snapshot, remoteSearch?: RemoteSearch): DataSource {
  const engine = createOfflineEngine(snapshot, remoteSearch);
  return {
    loadGraph: () =>
      answer(() => ({
        nodes: snapshot.nodes,
        relationships: snapshot.relationships,
        summary: {
          resultAvailableAfterMs: 0,
          capped: false,
          timedOut: false,
          rowCount: snapshot.nodes.length + snapshot.relationships.length,
        },
      })),
    loadNode: (id) => answer(() => engine.node(id)),
    search: (p) => engine.search({ q: p.q, limit: p.limit ?? 10, ...(p.labels ? { labels: [...p.labels] } : {}) }),
    neighbors: (id, p) =>
      answer(() =>
        engine.neighbors(id, {
          direction: p.direction ?? "both",
          limit: p.limit ?? 50,
          ...(p.types ? { types: [...p.types] } : {}),
          ...(p.labels ? { labels: [...p.labels] } : {}),
          ...(p.cursor ? { cursor: p.cursor } : {}),
        }),
      ),
    paths: (p) =>
      answer(() =>
        engine.paths({
          from: p.from,
          to: p.to,
          maxHops: p.maxHops ?? 6,
          k: p.k ?? 10,
          direction: p.direction ?? "out",
        }),
      ),
    schema: () => answer(() => snapshot.schema),
    stats: () =>
      answer(() => ({
        nodes: snapshot.nodes.length + snapshot.sources.length,
        relationships: snapshot.relationships.length,
        labels: snapshot.schema.labels,
        relationshipTypes: snapshot.schema.relationshipTypes,
      })),
  };
}
