// Reads one `// needs: labels Person, Book | types WROTE` line: what a query needs of the database it runs on.
export const NEEDS_FORMAT = "labels A, B | types T, U";

export interface Needs {
  labels: string[];
  types: string[];
}

/** A label or type name as Cypher writes it unquoted; a leading ':' is allowed and dropped. */
const NAME = /^:?([A-Za-z_][A-Za-z0-9_]*)$/;

/** Each `|`-separated part is `labels ...` or `types ...` (singular too), the names comma-separated. */
export function parseNeeds(value: string): { needs: Needs } | { errors: string[] } {
  const needs: Needs = { labels: [], types: [] };
  const errors: string[] = [];
  for (const part of value.split("|").map((p) => p.trim())) {
    const m = /^(labels?|types?)\s+(.+)$/.exec(part);
    if (!m) {
      errors.push(`needs part '${part}' is not 'labels NAMES' or 'types NAMES' (format: ${NEEDS_FORMAT})`);
      continue;
    }
    const list = m[1]!.startsWith("label") ? needs.labels : needs.types;
    for (const item of m[2]!.split(",").map((n) => n.trim())) {
      const name = NAME.exec(item)?.[1];
      if (!name) errors.push(`needs: '${item}' is not a label or relationship type name`);
      else if (!list.includes(name)) list.push(name);
    }
  }
  return errors.length ? { errors } : { needs };
}

/** Why a query cannot run on a database with these labels and types, or null when it can. */
export function missingNeeds(
  needs: Needs | undefined,
  labels: ReadonlySet<string>,
  types: ReadonlySet<string>,
): string | null {
  if (!needs) return null;
  const lacks = [
    ...needs.labels.filter((l) => !labels.has(l)).map((l) => `label :${l}`),
    ...needs.types.filter((t) => !types.has(t)).map((t) => `relationship type :${t}`),
  ];
  if (!lacks.length) return null;
  return `needs ${lacks.join(" and ")}, which this database lacks`;
}
