// Loads the offline snapshot through a web worker: fetching and checking a 10,000-node file took the page's main
// thread for seconds. Here the page parses the graph's text in slices the worker sends (one per task) while the
// worker checks the whole file, and keeps that graph only once the check says the file is exactly what it checked;
// else it takes the checked graph. It links the saved-query results to the graph on demand. The worker then stays,
// holding the search index, and answers the page's searches.
import {
  expandSnapshotFile,
  type GraphSchema,
  type SearchResponse,
  type Snapshot,
  type SnapshotFile,
} from "../../shared/index.ts";
import type { RemoteSearch } from "../lib/offline/index.ts";
import type { SnapshotHead, SnapshotReply, SnapshotRequest } from "../lib/offline/snapshot-messages.ts";

export interface LoadedSnapshot {
  snapshot: Snapshot;
  search: RemoteSearch;
  /** The schema the worker derives after the graph when the file has none (null: it has one, or the worker failed). */
  derivedSchema: Promise<GraphSchema | null>;
}

export function loadSnapshot(url: string): Promise<LoadedSnapshot> {
  const absolute = new URL(url, document.baseURI).href;
  const worker = new Worker(new URL("../workers/snapshot-worker.ts", import.meta.url), { type: "module" });
  const send = (request: SnapshotRequest) => worker.postMessage(request);
  let head: SnapshotHead | null = null;
  let schemaDerived: (graph: GraphSchema | null) => void = () => {};
  const derivedSchema = new Promise<GraphSchema | null>((resolve) => (schemaDerived = resolve));
  const queries: SnapshotFile["queries"] = [];
  const nodes: SnapshotFile["nodes"] = [];
  const relationships: SnapshotFile["relationships"] = [];
  // The graph parsed from the file's text: kept only once the worker's check says the file is as it checked it.
  const sent: Pick<SnapshotFile, "nodes" | "relationships"> = { nodes: [], relationships: [] };
  let asSent = false;
  let unusable = false;
  const parseSlice = (text: string, into: unknown[]) => {
    if (unusable) return;
    try {
      for (const item of JSON.parse(text) as unknown[]) into.push(item);
    } catch {
      // Never expected (the slices are pieces of valid JSON): the checked graph then comes from the worker.
      unusable = true;
      send({ kind: "resend" });
    }
  };
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
      else if (reply.kind === "schema") schemaDerived(reply.graph);
      else if (reply.kind === "query") queries.push(reply.query);
      else if (reply.kind === "nodes-text") parseSlice(reply.text, sent.nodes);
      else if (reply.kind === "relationships-text") parseSlice(reply.text, sent.relationships);
      else if (reply.kind === "graph-as-sent") asSent = true;
      else if (reply.kind === "nodes") for (const n of reply.items) nodes.push(n);
      else if (reply.kind === "relationships") for (const r of reply.items) relationships.push(r);
      else if (reply.kind === "search-result") {
        pending.get(reply.id)?.resolve(reply.response);
        pending.delete(reply.id);
      } else if (reply.kind === "error") {
        worker.terminate();
        schemaDerived(null);
        reject(new Error(reply.message));
      } else if (asSent && unusable) {
        // The checked graph follows, then another `done`.
        asSent = false;
      } else if (head) {
        const graph = asSent ? sent : { nodes, relationships };
        resolve({ snapshot: expandSnapshotFile({ ...head, queries, ...graph }), search, derivedSchema });
      } else reject(new Error(`The snapshot worker finished without sending ${absolute}.`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // The page then derives the schema itself, if it needs one.
      schemaDerived(null);
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
