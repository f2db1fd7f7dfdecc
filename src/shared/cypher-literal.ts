// Cypher literals for any value Neo4j stores, escaped so that no quote, backslash or line break in data ends a string.

export type CypherTemporalKind = "date" | "datetime" | "localdatetime" | "time" | "localtime" | "duration";

/**
 * A property value with its Neo4j type kept: integers as decimal text (64-bit, beyond JavaScript's safe range),
 * floats apart from integers (2.0 stays a float), temporal values as Neo4j's ISO-8601 text, points with their SRID.
 */
export type CypherValue =
  | null
  | boolean
  | string
  | { int: string }
  | { float: number }
  | { temporal: CypherTemporalKind; text: string }
  | { point: { srid: number; x: number; y: number; z?: number } }
  | readonly CypherValue[];

export type CypherProperties = Record<string, CypherValue>;

const PLAIN_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A label, type or property key as Cypher reads it: plain when it is a simple name, else in backticks (doubled inside). */
export function cypherName(name: string): string {
  return PLAIN_NAME.test(name) ? name : `\`${name.replaceAll("`", "``")}\``;
}

const hex4 = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;

/**
 * A single-quoted string literal. Backslash and quote are escaped; line breaks, other control characters, the Unicode
 * line separators and lone surrogate halves become escapes, so the script stays one line per value and valid UTF-8.
 */
export function cypherString(value: string): string {
  const body = value.replace(
    /[\\'\u0000-\u001f\u007f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => {
      switch (ch) {
        case "\\":
          return "\\\\";
        case "'":
          return "\\'";
        case "\n":
          return "\\n";
        case "\r":
          return "\\r";
        case "\t":
          return "\\t";
        default:
          return hex4(ch.charCodeAt(0));
      }
    },
  );
  return `'${body}'`;
}

/** A float literal that Cypher reads as a float (never as an integer), including -0.0, NaN and the infinities. */
export function cypherFloat(value: number): string {
  if (Number.isNaN(value)) return "(0.0 / 0.0)";
  if (value === Infinity) return "(1.0 / 0.0)";
  if (value === -Infinity) return "(-1.0 / 0.0)";
  if (Object.is(value, -0)) return "-0.0";
  // The shortest text that reads back to the same double; Cypher wants a digit before an exponent and no '+'.
  const text = String(value);
  const [mantissa = text, exponent] = text.split("e");
  const withPoint = mantissa.includes(".") ? mantissa : `${mantissa}.0`;
  return exponent === undefined ? withPoint : `${withPoint}E${exponent.replace("+", "")}`;
}

const INT_TEXT = /^-?\d+$/;

export function cypherValue(value: CypherValue): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return cypherString(value);
  if (Array.isArray(value)) return `[${value.map(cypherValue).join(", ")}]`;
  const tagged = value as Exclude<CypherValue, null | boolean | string | readonly CypherValue[]>;
  if ("int" in tagged) {
    if (!INT_TEXT.test(tagged.int)) throw new Error(`not an integer: ${JSON.stringify(tagged.int)}`);
    // The smallest 64-bit integer has no positive literal to negate; toInteger reads it from text.
    return tagged.int === "-9223372036854775808" ? "toInteger('-9223372036854775808')" : tagged.int;
  }
  if ("float" in tagged) return cypherFloat(tagged.float);
  if ("temporal" in tagged) return `${tagged.temporal}(${cypherString(tagged.text)})`;
  const { srid, x, y, z } = tagged.point;
  const coords = `x: ${cypherFloat(x)}, y: ${cypherFloat(y)}${z === undefined ? "" : `, z: ${cypherFloat(z)}`}`;
  return `point({srid: ${Math.trunc(srid)}, ${coords}})`;
}

/**
 * A map literal with keys in code-unit order (a stable file, and `quote` before `source`, which is how the loader's
 * quote check pairs them); null values are left out, as Neo4j never stores them.
 */
export function cypherMap(properties: CypherProperties): string {
  const keys = Object.keys(properties)
    .filter((key) => properties[key] !== null && properties[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((key) => `${cypherName(key)}: ${cypherValue(properties[key]!)}`).join(", ")}}`;
}

/**
 * A JSON property as the page holds it, typed as well as JSON allows: whole numbers as integers, other numbers as
 * floats, {srid, x, y[, z]} as a point (Neo4j has no map properties); temporal values arrive as their text.
 */
export function cypherValueFromJson(value: unknown): CypherValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) ? { int: String(value) } : { float: value };
  if (Array.isArray(value)) return value.map(cypherValueFromJson);
  if (typeof value === "object") {
    const p = value as Record<string, unknown>;
    if (typeof p.srid === "number" && typeof p.x === "number" && typeof p.y === "number") {
      return { point: { srid: p.srid, x: p.x, y: p.y, ...(typeof p.z === "number" ? { z: p.z } : {}) } };
    }
    return JSON.stringify(value);
  }
  return String(value);
}
