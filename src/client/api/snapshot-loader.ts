// Loads the offline snapshot through a web worker: fetching, parsing and checking a 10,000-node file took the page's
// main thread for seconds; here it only receives slices and links the saved-query results to the graph on demand.
import { expandSnapshotFile, type Snapshot, type SnapshotFile } from "../../shared/index.ts";
import type { SnapshotHead, SnapshotReply, SnapshotRequest } from "../core/offline/snapshot-messages.ts";

export function loadSnapshot(url: string): Promise<Snapshot> {
  const absolute = new URL(url, document.baseURI).href;
  const worker = new Worker(new URL("../workers/snapshot-worker.ts", import.meta.url), { type: "module" });
  let head: SnapshotHead | null = null;
  const queries: SnapshotFile["queries"] = [];
  const nodes: SnapshotFile["nodes"] = [];
  const relationships: SnapshotFile["relationships"] = [];
  return new Promise<Snapshot>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<SnapshotReply>) => {
      const reply = event.data;
      if (reply.kind === "head") head = reply.head;
      else if (reply.kind === "query") queries.push(reply.query);
      else if (reply.kind === "nodes") for (const n of reply.items) nodes.push(n);
      else if (reply.kind === "relationships") for (const r of reply.items) relationships.push(r);
      else if (reply.kind === "error") reject(new Error(reply.message));
      else if (head) resolve(expandSnapshotFile({ ...head, queries, nodes, relationships }));
      else reject(new Error(`The snapshot worker finished without sending ${absolute}.`));
      if (reply.kind === "error" || reply.kind === "done") worker.terminate();
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Could not load the graph snapshot ${absolute}: ${event.message || "the loader failed"}.`));
    };
    worker.postMessage({ url: absolute } satisfies SnapshotRequest);
  });
}
