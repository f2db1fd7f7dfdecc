// Loads the offline snapshot through a web worker: fetching, parsing and checking a 10,000-node file took the page's
// main thread for seconds; here it only receives slices and links the saved-query results to the graph on demand.
// The worker then stays, holding the search index, and answers the page's searches.
import { expandSnapshotFile, type SearchResponse, type Snapshot, type SnapshotFile } from "../../shared/index.ts";
import type { RemoteSearch } from "../lib/offline/index.ts";
import type { SnapshotHead, SnapshotReply, SnapshotRequest } from "../lib/offline/snapshot-messages.ts";

export interface LoadedSnapshot {
  snapshot: Snapshot;
  search: RemoteSearch;
}

export function loadSnapshot(url: string): Promise<LoadedSnapshot> {
  const absolute = new URL(url, document.baseURI).href;
  const worker = new Worker(new URL("../workers/snapshot-worker.ts", import.meta.url), { type: "module" });
  const send = (request: SnapshotRequest) => worker.postMessage(request);
  let head: SnapshotHead | null = null;
  const queries: SnapshotFile["queries"] = [];
  const nodes: SnapshotFile["nodes"] = [];
  const relationships: SnapshotFile["relationships"] = [];
  const pending = new Map<number, { resolve: (response: SearchResponse) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let broken: Error | null = null;
  const search: RemoteSearch = (query) =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      pending.set(++nextId, { resolve, reject });
      send({ kind: "search", id: nextId, query });
    });

  return new Promise<LoadedSnapshot>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SnapshotReply>) => {
      const reply = event.data;
      if (reply.kind === "head") head = reply.head;
      else if (reply.kind === "schema" && head) head = { ...head, schema: { ...head.schema, graph: reply.graph } };
      else if (reply.kind === "query") queries.push(reply.query);
      else if (reply.kind === "nodes") for (const n of reply.items) nodes.push(n);
      else if (reply.kind === "relationships") for (const r of reply.items) relationships.push(r);
      else if (reply.kind === "search-result") {
        pending.get(reply.id)?.resolve(reply.response);
        pending.delete(reply.id);
      } else if (reply.kind === "error") {
        worker.terminate();
        reject(new Error(reply.message));
      } else if (head) resolve({ snapshot: expandSnapshotFile({ ...head, queries, nodes, relationships }), search });
      else reject(new Error(`The snapshot worker finished without sending ${absolute}.`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // After loading, the worker is the search: a search box waiting on it must fail visibly, not spin forever.
      broken = new Error(
        `The offline search stopped working: ${event.message || "its worker failed"}. Reload the page.`,
      );
      for (const { reject: fail } of pending.values()) fail(broken);
      pending.clear();
      reject(new Error(`Could not load the graph snapshot ${absolute}: ${event.message || "the loader failed"}.`));
    };
    send({ kind: "load", url: absolute });
  });
}
