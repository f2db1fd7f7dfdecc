// Messages between the page and the snapshot worker: the file's graph as text slices the page parses (and keeps once
// the worker's check says the file is exactly what it checked), else the checked file in slices; no single message
// costs the page a long task.
import type {
  GraphSchema,
  SearchQuery,
  SearchResponse,
  SnapshotFile,
  WireNode,
  WireRelationship,
} from "../../../shared/index.ts";

/** Nodes or relationships per message: about 2 MB, a few ms to parse or receive. */
export const SLICE = 5_000;

/** The validated on-disk form without its big arrays. */
export type SnapshotHead = Omit<SnapshotFile, "nodes" | "relationships" | "queries">;

export type SnapshotReply =
  | { kind: "head"; head: SnapshotHead }
  | { kind: "query"; query: SnapshotFile["queries"][number] }
  /** A slice of the file's nodes or relationships as written (a JSON array), sent before the check: not yet trusted. */
  | { kind: "nodes-text"; text: string }
  | { kind: "relationships-text"; text: string }
  /** The check passed and the file is exactly what it checked: the page keeps the graph it parsed from the text. */
  | { kind: "graph-as-sent" }
  /** The checked graph in slices: when the file holds more than the check keeps, or the page asked (`resend`). */
  | { kind: "nodes"; items: WireNode[] }
  | { kind: "relationships"; items: WireRelationship[] }
  /** After `done`: the discovered schema derived from the whole graph, null when the file has its own. */
  | { kind: "schema"; graph: GraphSchema | null }
  | { kind: "done" }
  | { kind: "error"; message: string }
  /** The worker stays: it builds the search index after `done` and answers searches, so the page never indexes. */
  | { kind: "search-result"; id: number; response: SearchResponse };

export type SnapshotRequest =
  /** Absolute: a relative URL would resolve against the worker's script, not the page. */
  | { kind: "load"; url: string }
  | { kind: "search"; id: number; query: SearchQuery }
  /** The page could not use the text slices: the checked graph, then `done` again. */
  | { kind: "resend" };
