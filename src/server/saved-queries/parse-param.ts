// Reads one `// param: name | type | default X | example Y | description` line, checking each field with zod.
import { z } from "zod";
import { SAVED_QUERY_PARAM_TYPES } from "../../shared/saved-query.ts";
import { parseValue } from "./coerce.ts";
import type { HeaderEntry, SavedQueryParam, SavedQueryParamType } from "./types.ts";

export const PARAM_FORMAT = "name | type | default VALUE | example VALUE | description";

const NameSchema = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
  error: (iss) =>
    `param name '${String(iss.input)}' is not a Cypher parameter name (letters, digits, _; not starting with a digit)`,
});
const TypeSchema = z.enum(SAVED_QUERY_PARAM_TYPES, {
  error: (iss) => `param type '${String(iss.input)}' is not one of ${SAVED_QUERY_PARAM_TYPES.join(", ")}`,
});
const DescriptionSchema = z.string().min(1, { error: "param description is empty" });

/** `default X` / `example X`: the keyword, then the value; a value in double quotes is JSON, for empty or padded text. */
function valueField(field: string, keyword: "default" | "example"): { text: string } | { error: string } {
  const m = new RegExp(`^${keyword}(?:\\s+(.*))?$`).exec(field);
  if (!m)
    return {
      error: `expected '${keyword} VALUE' as field ${keyword === "default" ? 3 : 4}, got '${field}' (format: ${PARAM_FORMAT})`,
    };
  const text = m[1] ?? "";
  if (!/^".*"$/.test(text)) return { text };
  try {
    return { text: String(JSON.parse(text)) };
  } catch {
    return { error: `${keyword} value ${text} is not a valid double-quoted string` };
  }
}

/** On failure `name` is the first field as written, so a bad line does not also report its `$name` as undeclared. */
export function parseParam(entry: HeaderEntry): { param: SavedQueryParam } | { errors: string[]; name?: string } {
  const fields = entry.value.split("|").map((f) => f.trim());
  if (fields.length < 5)
    return {
      errors: [`param needs 5 fields separated by '|' (${PARAM_FORMAT}), got ${fields.length}`],
      name: fields[0],
    };
  const [nameText, typeText, defaultText, exampleText, ...rest] = fields as [
    string,
    string,
    string,
    string,
    ...string[],
  ];
  const errors: string[] = [];
  const name = NameSchema.safeParse(nameText);
  const type = TypeSchema.safeParse(typeText);
  const description = DescriptionSchema.safeParse(rest.join(" | ").trim());
  for (const r of [name, type, description]) if (!r.success) errors.push(...r.error.issues.map((i) => i.message));
  const label = name.success ? `param '${name.data}'` : "param";
  const values: Record<"default" | "example", string | number | boolean | undefined> = {
    default: undefined,
    example: undefined,
  };
  for (const [keyword, field] of [
    ["default", defaultText],
    ["example", exampleText],
  ] as const) {
    const v = valueField(field, keyword);
    if ("error" in v) errors.push(`${label}: ${v.error}`);
    else if (type.success) {
      const parsed = parseValue(type.data as SavedQueryParamType, v.text);
      if (parsed.ok) values[keyword] = parsed.value;
      else errors.push(`${label} ${keyword}: ${parsed.reason}`);
    }
  }
  if (errors.length || !name.success || !type.success || !description.success) return { errors, name: nameText };
  return {
    param: {
      name: name.data,
      type: type.data,
      default: values.default!,
      example: values.example!,
      description: description.data,
    },
  };
}
