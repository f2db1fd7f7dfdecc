// Web worker: fetches and validates the offline snapshot off the main thread. The graph's own text goes to the page
// first, in slices the page parses itself while this worker checks the whole file; the verdict with the file's head
// follows, then the discovered schema. Then it keeps the search index and answers searches (indexing 10,000 names
// in three languages took the page seconds).
import "../lib/zod-csp.ts";
import { validateSnapshotFile, type SnapshotFile } from "../../shared/index.ts";
import { createSearch } from "../lib/offline/search.ts";
import { jsonArraySlices } from "../lib/offline/json-array-slices.ts";
import { derivedGraphSchema } from "./derive-schema.ts";
import { SLICE, type SnapshotReply, type SnapshotRequest } from "../lib/offline/snapshot-messages.ts";

const post = (reply: SnapshotReply) => self.postMessage(reply);
let search: ReturnType<typeof createSearch> | null = null;
// Searches that arrive while the index is being built wait for it; so does a request to send the checked graph.
let loaded: Promise<SnapshotFile> = new Promise<SnapshotFile>(() => {});

function postGraph({ nodes, relationships }: Pick<SnapshotFile, "nodes" | "relationships">): void {
  for (let i = 0; i < nodes.length; i += SLICE) post({ kind: "nodes", items: nodes.slice(i, i + SLICE) });
  for (let i = 0; i < relationships.length; i += SLICE)
    post({ kind: "relationships", items: relationships.slice(i, i + SLICE) });
}

/**
 * Whether the file's graph is exactly what the check kept: the schemas of a node (id, labels, properties) and of a
 * relationship (id, type, start, end, properties) change nothing they keep (no defaults, no transforms; properties
 * are any JSON), so only a key they do not know, which the check drops, can make the two differ.
 */
function graphAsWritten(value: unknown, file: SnapshotFile): boolean {
  const written = value as Pick<SnapshotFile, "nodes" | "relationships">;
  const keys = (o: object) => Object.keys(o).length;
  return (
    written.nodes.every((n, i) => keys(n) === keys(file.nodes[i]!)) &&
    written.relationships.every((r, i) => keys(r) === keys(file.relationships[i]!))
  );
}

async function load(url: string): Promise<SnapshotFile> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new Error(
      `Could not read the graph snapshot ${url} (${String(error)}). Serve this folder with a static web server; browsers often block pages opened from disk from reading files.`,
    );
  });
  if (!response.ok) throw new Error(`Could not read the graph snapshot ${url}: HTTP ${response.status}.`);
  const text = await response.text();
  // The page parses the graph's text (the browser's JSON.parse, a slice per message) while the check runs here:
  // a structured clone of the checked objects cost the page more than that, and could only start after the check.
  const slices = jsonArraySlices(text, ["nodes", "relationships"], SLICE);
  for (const [from, to] of slices?.get("nodes") ?? []) post({ kind: "nodes-text", text: `[${text.slice(from, to)}]` });
  for (const [from, to] of slices?.get("relationships") ?? [])
    post({ kind: "relationships-text", text: `[${text.slice(from, to)}]` });
  const value: unknown = JSON.parse(text);
  const file = validateSnapshotFile(value);
  // Expanding the results' references happens on the page, lazily: what crosses over stays compact.
  const { nodes, relationships, queries, ...head } = file;
  post({ kind: "head", head });
  for (const query of queries) post({ kind: "query", query });
  if (slices && graphAsWritten(value, file)) post({ kind: "graph-as-sent" });
  else postGraph(file);
  post({ kind: "done" });
  // Snapshots exported before the server sent a discovered schema get one from the graph, here (on the page's main
  // thread this walk over every node and relationship took 1.3 s of one task at 10,000 nodes), after `done`: the page
  // sets itself up meanwhile, and only its perspective waits for it.
  post({
    kind: "schema",
    graph: derivedGraphSchema({ nodes, relationships, sources: head.sources, schema: head.schema }),
  });
  search = createSearch(nodes, head.perspective?.perspective);
  return file;
}

self.onmessage = (event: MessageEvent<SnapshotRequest>) => {
  const request = event.data;
  if (request.kind === "load") {
    loaded = load(request.url);
    loaded.catch((error: unknown) =>
      post({ kind: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  if (request.kind === "resend") {
    void loaded.then((file) => {
      postGraph(file);
      post({ kind: "done" });
    });
    return;
  }
  void loaded.then(() => post({ kind: "search-result", id: request.id, response: search!(request.query) }));
};
