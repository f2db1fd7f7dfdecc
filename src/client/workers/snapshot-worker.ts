// Web worker: fetches, parses and validates the offline snapshot off the main thread, then hands it over in slices.
import "../lib/zod-csp.ts";
import { validateSnapshotFile } from "../../shared/index.ts";
import { SLICE, type SnapshotReply, type SnapshotRequest } from "../core/offline/snapshot-messages.ts";

const post = (reply: SnapshotReply) => self.postMessage(reply);

async function load(url: string): Promise<void> {
  const response = await fetch(url).catch((error: unknown) => {
    throw new Error(`Could not read the graph snapshot ${url} (${String(error)}). Serve this folder with a static web server; browsers often block pages opened from disk from reading files.`);
  });
  if (!response.ok) throw new Error(`Could not read the graph snapshot ${url}: HTTP ${response.status}.`);
  const value: unknown = await response.json();
  // Expanding the results' references happens on the page, lazily: what crosses over stays compact.
  const { nodes, relationships, queries, ...head } = validateSnapshotFile(value);
  post({ kind: "head", head });
  for (const query of queries) post({ kind: "query", query });
  for (let i = 0; i < nodes.length; i += SLICE) post({ kind: "nodes", items: nodes.slice(i, i + SLICE) });
  for (let i = 0; i < relationships.length; i += SLICE) post({ kind: "relationships", items: relationships.slice(i, i + SLICE) });
  post({ kind: "done" });
}

self.onmessage = (event: MessageEvent<SnapshotRequest>) => {
  load(event.data.url).catch((error: unknown) => post({ kind: "error", message: error instanceof Error ? error.message : String(error) }));
};
