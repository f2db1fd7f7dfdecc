// The one error a bad query file raises at start-up, listing every problem found, each as `file:line: message`.
import { AppError } from "../errors.ts";
import type { Problem } from "./types.ts";

export class SavedQueryError extends AppError {
  constructor(readonly problems: Problem[]) {
    super("saved_query", problems.map(formatProblem).join("\n"), { problems });
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
