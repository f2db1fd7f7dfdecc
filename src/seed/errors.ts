// Typed failures of the seed loader; a SeedError points at the file position a user can jump to.
import { AppError } from "../server/errors.ts";
import type { FileReport } from "./types.ts";
import { caretLine } from "./source-text.ts";

export interface SeedFailure {
  file: string;
  line: number;
  column: number;
  /** Neo4j's message without its statement-relative position, which would mislead next to a file position. */
  reason: string;
  sourceLine: string;
  neo4jCode?: string;
  /** Statements in the failing file, for saying how much of it stayed. */
  statements: number;
  /** Statements of the failing file that ran in their own transaction (schema commands) and so stayed committed. */
  appliedStatements: number;
  /** Whether the file's data transaction had committed before the failure (only when a trailing schema statement fails). */
  dataCommitted: boolean;
  /** Files fully committed before the failing one. */
  loaded: FileReport[];
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

  /** The statement-level error is raised before the caller knows which earlier files stayed loaded. */
  withLoaded(loaded: FileReport[]): SeedError {
    return new SeedError({ ...this.failure, loaded });
  }
}

/** A seed file that cannot be read at all; raised before any file is loaded. */
export class SeedFileError extends AppError {
  constructor(message: string, details?: unknown) {
    super("seed_file", message, details);
  }
}
