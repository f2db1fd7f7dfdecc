// Typed failures of the seed loader; a SeedError points at the file position a user can jump to.
import { AppError } from "../server/errors.ts";
import { caretLine } from "./source-text.ts";

/** Which step of a load failed: the check writes nothing; the schema and data steps are undone on failure. */
export type SeedPhase = "check" | "schema" | "data";

export interface SeedFailure {
  file: string;
  line: number;
  column: number;
  /** Neo4j's message without its statement-relative position, which would mislead next to a file position. */
  reason: string;
  sourceLine: string;
  neo4jCode?: string;
  /** Statements in the failing file. */
  statements: number;
  phase: SeedPhase;
  /** Schema statements of the run that had committed when it failed, as `file:line`, in the order they ran. */
  schemaCommitted: string[];
  /** Schema changes made to put the database back as it was (drops of what the run created, re-creations of what it dropped). */
  undone: string[];
  /** Schema changes the loader could not put back (Neo4j unreachable): what still differs from before the run. */
  leftOver: string[];
}

export class SeedError extends AppError {
  constructor(readonly failure: SeedFailure) {
    const { file, line, column, reason, sourceLine } = failure;
    super(
      "seed_error",
      `${file}:${line}:${column}: ${reason}\n${sourceLine}\n${caretLine(sourceLine, column)}`,
      failure,
    );
  }

  /** The statement-level error is raised before the caller knows what the run had committed and put back. */
  withOutcome(outcome: Pick<SeedFailure, "phase" | "schemaCommitted" | "undone" | "leftOver">): SeedError {
    return new SeedError({ ...this.failure, ...outcome });
  }
}

/** A seed file that cannot be read at all; raised before any file is loaded. */
export class SeedFileError extends AppError {
  constructor(message: string, details?: unknown) {
    super("seed_file", message, details);
  }
}
