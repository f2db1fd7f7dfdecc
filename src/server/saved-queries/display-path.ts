// Paths in messages: relative to the project when inside it, so they stay short.
import { isAbsolute, relative } from "node:path";

/** A path relative to `base` when it lies inside it, so messages stay short; otherwise the path as given. */
export function displayPath(file: string, base: string): string {
  const rel = relative(base, file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
