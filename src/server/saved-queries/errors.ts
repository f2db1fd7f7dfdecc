// The one error a bad query file raises at start-up, listing every problem found, each as `file:line: message`.
import { AppError } from "../errors.ts";
import type { Problem, SavedQuery } from "./types.ts";

export class SavedQueryError extends AppError {
  constructor(readonly problems: Problem[]) {
    super("saved_query", problems.map(formatProblem).join("\n"), { problems });
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Running a query whose `needs:` the loaded database lacks: 409 with the reason, rather than an error or no rows. */
export class NotApplicableError extends AppError {
  constructor(query: SavedQuery) {
    const reason = query.reason ?? "it needs what this database lacks";
    super("not_applicable", `Saved query '${query.name}' does not apply to this database: ${reason}.`, {
      query: query.name,
      reason,
    });
  }
}
