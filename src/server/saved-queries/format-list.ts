// The catalogue of saved queries for `--list`: name, title, and how to pass each parameter.
import type { SavedQuery, SavedQueryValue } from "./types.ts";
import { padToWidth } from "./text-width.ts";

/** As typed after `--param name=`: bare when the shell needs no quotes. */
function shellValue(value: SavedQueryValue): string {
  const text = String(value);
  return /^[^\s'"$`\\|&;<>()*?]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function formatList(queries: readonly SavedQuery[]): string {
  const width = Math.max(0, ...queries.map((q) => q.name.length));
  const indent = " ".repeat(width + 2);
  return queries
    .map((q) => {
      const params = q.params.map(
        (p) =>
          `${indent}--param ${p.name}=${shellValue(p.example)}  (${p.type}, default ${shellValue(p.default)}) ${p.description}`,
      );
      return [`${padToWidth(q.name, width)}  ${q.title}`, ...params].join("\n");
    })
    .join("\n");
}
