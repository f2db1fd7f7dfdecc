// Options, progress events and the report of a bulk load.

export interface BulkLoadOptions {
  /** Project root: the schema comes from its graph/00-schema.cypher. */
  root: string;
  /** Rows per UNWIND transaction. */
  batchSize?: number;
  /** Transactions in flight at once. */
  concurrency?: number;
  onProgress?: (event: BulkProgress) => void;
}

export type BulkPhase = "entities" | "relationships" | "indexes";

export interface BulkProgress {
  phase: BulkPhase;
  /** Rows committed so far in this phase, and the manifest's total for it. */
  done: number;
  total: number;
}

export interface BulkLoadReport {
  entities: number;
  relationships: number;
  batchSize: number;
  concurrency: number;
  /** Wall-clock milliseconds of each phase; `total` covers schema, both phases and index population. */
  ms: { schema: number; entities: number; relationships: number; indexes: number; total: number };
  entitiesPerSecond: number;
  relationshipsPerSecond: number;
}
