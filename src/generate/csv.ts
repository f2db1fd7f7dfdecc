// CSV for Neo4j's offline importer (`neo4j-admin database import full`): typed headers, RFC 4180 quoting, arrays.
import { BadRequestError } from "../server/errors.ts";
import type { EntityRow, PropertyValue, RelationshipRow } from "./types.ts";

/**
 * Between array elements and between a node's labels. A control character no name, alias or quote holds, so `;` and
 * `,` stay ordinary text; a value holding it is refused rather than split.
 */
export const ARRAY_DELIMITER = "\u001f";
/** The importer's spelling of ARRAY_DELIMITER on its command line. */
export const ARRAY_DELIMITER_OPTION = "U+001F";
/** The id space both files name, so relationship ends are looked up among the entities. */
export const ID_SPACE = "Entity";

/**
 * Numbers are written as `double`: the UNWIND path sends JavaScript numbers through the driver, which stores them as
 * FLOAT, and both paths must load the same graph, types included.
 */
export type CsvType = "string" | "double" | "string[]" | "double[]";

export class CsvValueError extends BadRequestError {}

function typeOf(value: PropertyValue, where: string): CsvType {
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "double";
  if (Array.isArray(value)) {
    const first = value[0];
    // The importer reads an empty field as "no property": an empty list would silently vanish.
    if (first === undefined) throw new CsvValueError(`${where}: an empty array cannot be written for the importer`);
    if (value.every((v) => typeof v === "string")) return "string[]";
    if (value.every((v) => typeof v === "number")) return "double[]";
  }
  throw new CsvValueError(`${where}: ${JSON.stringify(value)} is not a string, a number or an array of one of them`);
}

/** Quoted, with inner quotes doubled (RFC 4180); newlines stay inside the quotes and need --multiline-fields. */
export function quoteCsv(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function numberText(n: number, where: string): string {
  if (!Number.isFinite(n)) throw new CsvValueError(`${where}: ${n} is not a finite number`);
  return String(n);
}

function arrayElement(v: string | number, where: string): string {
  if (typeof v === "number") return numberText(v, where);
  if (v.includes(ARRAY_DELIMITER)) throw new CsvValueError(`${where}: an element holds the array delimiter U+001F`);
  return v;
}

/** One field of the declared type; undefined (no property) is the empty, unquoted field. */
export function csvField(value: PropertyValue | undefined, type: CsvType, where: string): string {
  if (value === undefined) return "";
  const actual = typeOf(value, where);
  if (actual !== type) throw new CsvValueError(`${where}: expected ${type}, got ${actual} (${JSON.stringify(value)})`);
  if (typeof value === "number") return numberText(value, where);
  if (typeof value === "string") return quoteCsv(value);
  return quoteCsv(value.map((v) => arrayElement(v, where)).join(ARRAY_DELIMITER));
}

/** Every property key of the entities with its one type, in first-seen order; a key of two types is refused. */
export function entityColumns(entities: readonly EntityRow[]): [string, CsvType][] {
  const columns = new Map<string, CsvType>();
  entities.forEach((row, i) => {
    for (const [key, value] of Object.entries(row.props)) {
      if (key === "id") continue;
      const where = `entity ${i + 1} (${String(row.props.id)}), property ${key}`;
      const type = typeOf(value, where);
      const known = columns.get(key);
      if (known && known !== type) throw new CsvValueError(`${where}: ${type}, but earlier entities hold ${known}`);
      columns.set(key, type);
    }
  });
  return [...columns.entries()];
}

/** Keeps track of whether any field spans lines, which the importer must be told. */
export interface CsvWriter<T> {
  header: string;
  line: (row: T, index: number) => string;
  readonly multiline: boolean;
}

const hasNewline = (text: string) => /[\r\n]/.test(text);

export function entityCsv(columns: readonly [string, CsvType][]): CsvWriter<EntityRow> {
  let multiline = false;
  return {
    header: [`id:ID(${ID_SPACE})`, ":LABEL", ...columns.map(([k, t]) => `${k}:${t}`)].join(","),
    line(row, index) {
      const id = row.props.id;
      if (typeof id !== "string") throw new CsvValueError(`entity ${index + 1}: id must be a string`);
      const where = (key: string) => `entity ${index + 1} (${id}), property ${key}`;
      const extra = Object.keys(row.props).find((k) => k !== "id" && !columns.some(([c]) => c === k));
      if (extra) throw new CsvValueError(`${where(extra)}: not a column of the header`);
      const text = [
        quoteCsv(id),
        quoteCsv(["Entity", row.label].join(ARRAY_DELIMITER)),
        ...columns.map(([key, type]) => csvField(row.props[key], type, where(key))),
      ].join(",");
      if (!multiline && hasNewline(text)) multiline = true;
      return `${text}\n`;
    },
    get multiline() {
      return multiline;
    },
  };
}

/** A relationship's properties are the same for every row (RelationshipRow), so its header is known before the first. */
export const RELATIONSHIP_COLUMNS: readonly [string, CsvType][] = [
  ["quote", "string"],
  ["source", "string"],
  ["year", "double"],
];

export function relationshipCsv(): CsvWriter<RelationshipRow> {
  let multiline = false;
  return {
    header: [
      `:START_ID(${ID_SPACE})`,
      `:END_ID(${ID_SPACE})`,
      ":TYPE",
      ...RELATIONSHIP_COLUMNS.map(([k, t]) => `${k}:${t}`),
    ].join(","),
    line(row, index) {
      const props = row.props as Record<string, PropertyValue | undefined>;
      const where = (key: string) => `relationship ${index + 1} (${row.from} ${row.type} ${row.to}), property ${key}`;
      const extra = Object.keys(props).find((k) => !RELATIONSHIP_COLUMNS.some(([c]) => c === k));
      if (extra) throw new CsvValueError(`${where(extra)}: not a column of the header`);
      const text = [
        quoteCsv(row.from),
        quoteCsv(row.to),
        quoteCsv(row.type),
        ...RELATIONSHIP_COLUMNS.map(([key, type]) => csvField(props[key], type, where(key))),
      ].join(",");
      if (!multiline && hasNewline(text)) multiline = true;
      return `${text}\n`;
    },
    get multiline() {
      return multiline;
    },
  };
}
