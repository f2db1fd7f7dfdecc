// Shapes shared by the guard's runner, its worker pool and the database layer, kept apart so none imports another.
import type { GraphPayload } from "../../shared/index.ts";

export interface GuardLimits {
  maxRows: number;
  timeoutMs: number;
  /** Write mode exists only for a server started with --allow-write and called with its token. */
  write?: boolean;
  /** Tags the transaction, so the explorer can find it in SHOW TRANSACTIONS after its timeout (adhoc-slots.ts). */
  txMetadata?: Record<string, string>;
}

/** One query sent to a guard worker thread; params are encoded for the thread boundary (transfer.ts). */
export interface GuardJob {
  id: number;
  cypher: string;
  params: unknown;
  limits: GuardLimits;
}

export interface GuardPool {
  /** False once a worker failed to start: callers then run queries in-process. */
  readonly available: boolean;
  run(cypher: string, params: Record<string, unknown>, limits: GuardLimits): Promise<GraphPayload>;
  close(): Promise<void>;
}
