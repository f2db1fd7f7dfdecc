// Shapes shared by the seed loader's parts and by its callers (the CLI, tests).
import type { SchemaSnapshot } from "./schema-snapshot.ts";

/** A place in a file, 1-based like editors and compilers print it. */
export interface Position {
  line: number;
  column: number;
}

/** One statement cut out of a script: its text is an exact slice of the file, so offsets map back losslessly. */
export interface Statement extends Position {
  text: string;
  /** 0-based UTF-16 offset of the statement's first character in the file. */
  offset: number;
}

export const COUNTER_NAMES = [
  "nodesCreated",
  "nodesDeleted",
  "relationshipsCreated",
  "relationshipsDeleted",
  "propertiesSet",
  "labelsAdded",
  "labelsRemoved",
  "indexesAdded",
  "indexesRemoved",
  "constraintsAdded",
  "constraintsRemoved",
] as const;

export type CounterName = (typeof COUNTER_NAMES)[number];

/** Sums of Neo4j's `summary.counters.updates()` over the statements of a file. */
export type UpdateCounters = Record<CounterName, number>;

export interface FileReport {
  file: string;
  statements: number;
  schemaStatements: number;
  counters: UpdateCounters;
  elapsedMs: number;
}

export interface SeedReport {
  files: FileReport[];
  reset?: ResetReport;
  elapsedMs: number;
}

export interface SeedOptions {
  /** Called as soon as a file is committed, so a CLI can print progress before later files run. */
  onFile?: (report: FileReport) => void;
  /** Show file paths relative to this directory in reports and errors, e.g. the cwd so `file:line:column` is clickable. */
  relativeTo?: string;
  /** Empty the database as part of the load: the old graph goes in the same transaction that writes the new one. */
  reset?: boolean | ResetOptions;
  onReset?: (report: ResetReport) => void;
  /**
   * Started with the schema as it was before a load that changes schema; puts it back if this process dies mid-load
   * or Neo4j goes away (see scripts/seed-guard.ts). Without it, the loader puts the schema back itself when it can.
   */
  schemaGuard?: (before: SchemaSnapshot) => Promise<SchemaGuard>;
  /**
   * Send a file's statements without waiting for each answer (default true); false waits for each in turn, the old
   * way, kept for `npm run bench:seed` to compare against.
   */
  pipeline?: boolean;
}

export interface SchemaGuard {
  /** The load finished or was put back: nothing to do. */
  release(): void;
  /** The loader could not put the schema back: the guard takes over. */
  handOver(): void;
}

export interface ResetOptions {
  /** Also drop every constraint and index (LOOKUP indexes stay: Neo4j needs them). */
  dropSchema?: boolean;
}

export interface ResetReport {
  nodesDeleted: number;
  relationshipsDeleted: number;
  constraintsDropped: number;
  indexesDropped: number;
}
