// Web worker: fetches, parses and validates the offline snapshot off the main thread, hands it over in slices with
// its discovered schema, then keeps the search index and answers searches (indexing 10,000 names in three
// languages took the page seconds).
import "../lib/zod-csp.ts";
import { validateSnapshotFile } from "../../shared/index.ts";
import { createSearch } from "../lib/offline/search.ts";
import { derivedGraphSchema } from "./derive-schema.ts";
import { SLICE, type SnapshotReply, type SnapshotRequest } from "../lib/offline/snapshot-messages.ts";

const post = (reply: SnapshotReply) => self.postMessage(reply);
let search: ReturnType<typeof createSearch> | null = null;
// Searches that arrive while the index is being built wait for it.
let indexed: Promise<void> = new Promise<void>(() => {});

async function load(url: string): Promise<void> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new Error(
      `Could not read the graph snapshot ${url} (${String(error)}). Serve this folder with a static web server; browsers often block pages opened from disk from reading files.`,
    );
  });
  if (!response.ok) throw new Error(`Could not read the graph snapshot ${url}: HTTP ${response.status}.`);
  const value: unknown = await response.json();
  // Expanding the results' references happens on the page, lazily: what crosses over stays compact.
  const { nodes, relationships, queries, ...head } = validateSnapshotFile(value);
  post({ kind: "head", head });
  for (const query of queries) post({ kind: "query", query });
  for (let i = 0; i < nodes.length; i += SLICE) post({ kind: "nodes", items: nodes.slice(i, i + SLICE) });
  for (let i = 0; i < relationships.length; i += SLICE)
    post({ kind: "relationships", items: relationships.slice(i, i + SLICE) });
  // Snapshots exported before the server sent a discovered schema get one from the graph, here: on the page's main
  // thread this walk over every node and relationship took 1.3 s of one task at 10,000 nodes.
  const graph = derivedGraphSchema({ nodes, relationships, sources: head.sources, schema: head.schema });
  if (graph) post({ kind: "schema", graph });
  post({ kind: "done" });
  search = createSearch(nodes, head.perspective?.perspective);
}

self.onmessage = (event: MessageEvent<SnapshotRequest>) => {
  const request = event.data;
  if (request.kind === "load") {
    indexed = load(request.url);
    indexed.catch((error: unknown) =>
      post({ kind: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  void indexed.then(() => post({ kind: "search-result", id: request.id, response: search!(request.query) }));
};
