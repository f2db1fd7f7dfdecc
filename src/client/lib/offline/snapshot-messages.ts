// Messages from the snapshot worker: the validated file in slices, so that no single message costs the page a long task.
import type {
  GraphSchema,
  SearchQuery,
  SearchResponse,
  SnapshotFile,
  WireNode,
  WireRelationship,
} from "../../../shared/index.ts";

/** Nodes or relationships per message: about 2 MB of structured clone, a few ms to receive. */
export const SLICE = 5_000;

/** The validated on-disk form without its big arrays. */
export type SnapshotHead = Omit<SnapshotFile, "nodes" | "relationships" | "queries">;

export type SnapshotReply =
  | { kind: "head"; head: SnapshotHead }
  | { kind: "query"; query: SnapshotFile["queries"][number] }
  | { kind: "nodes"; items: WireNode[] }
  | { kind: "relationships"; items: WireRelationship[] }
  /** The discovered schema, derived from the whole graph in the worker when the file has none (before `done`). */
  | { kind: "schema"; graph: GraphSchema }
  | { kind: "done" }
  | { kind: "error"; message: string }
  /** The worker stays: it builds the search index after `done` and answers searches, so the page never indexes. */
  | { kind: "search-result"; id: number; response: SearchResponse };

export type SnapshotRequest =
  /** Absolute: a relative URL would resolve against the worker's script, not the page. */
  { kind: "load"; url: string } | { kind: "search"; id: number; query: SearchQuery };
