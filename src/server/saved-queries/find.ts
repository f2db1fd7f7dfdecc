// Looks a saved query up by name; a miss names the close ones, since names are typed by hand on the command line.
import { NotFoundError } from "../errors.ts";
import type { SavedQuery } from "./types.ts";
import { closeNames } from "./close-names.ts";

export function findSavedQuery(queries: readonly SavedQuery[], name: string): SavedQuery {
  const found = queries.find((q) => q.name === name);
  if (found) return found;
  const close = closeNames(
    name,
    queries.map((q) => q.name),
  );
  const hint = close.length
    ? `Close names: ${close.join(", ")}.`
    : `Saved queries: ${queries.map((q) => q.name).join(", ")}.`;
  throw new NotFoundError(`No saved query named '${name}'. ${hint}`, { name, close });
}
