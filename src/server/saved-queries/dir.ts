// Where the shipped saved queries live, independent of the directory a command is started from.
import { fileURLToPath } from "node:url";

export function savedQueriesDir(): string {
  return fileURLToPath(new URL("../../../graph/queries/", import.meta.url));
}
