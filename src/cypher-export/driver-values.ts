// Driver values to typed Cypher values: integers stay integers, floats floats, dates dates, points points.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  type Integer,
} from "neo4j-driver";
import type { CypherProperties, CypherTemporalKind, CypherValue } from "../shared/cypher-literal.ts";

/** A value Cypher has no literal for (a byte array): the export names the property instead of writing a wrong value. */
export class UnwritableValueError extends Error {}

const TEMPORAL: [(v: unknown) => boolean, CypherTemporalKind][] = [
  [isDate, "date"],
  [isDateTime, "datetime"],
  [isLocalDateTime, "localdatetime"],
  [isTime, "time"],
  [isLocalTime, "localtime"],
  [isDuration, "duration"],
];

export function cypherValueOf(value: unknown, where: string): CypherValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return { float: value };
  if (typeof value === "bigint") return { int: value.toString() };
  if (isInt(value)) return { int: (value as Integer).toString() };
  if (Array.isArray(value)) return value.map((v, i) => cypherValueOf(v, `${where}[${i}]`));
  if (isPoint(value)) {
    const p = value as { srid: Integer | number; x: number; y: number; z?: number };
    const srid = typeof p.srid === "number" ? p.srid : p.srid.toNumber();
    return { point: { srid, x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) } };
  }
  // Neo4j's own ISO-8601 text, which date(), datetime(), duration()... read back to the same value.
  for (const [is, temporal] of TEMPORAL) if (is(value)) return { temporal, text: String(value) };
  if (value instanceof Uint8Array || value instanceof Int8Array) {
    throw new UnwritableValueError(`${where} is a byte array, which Cypher cannot write as a literal`);
  }
  throw new UnwritableValueError(`${where} has a value of an unknown type (${Object.prototype.toString.call(value)})`);
}

export function cypherPropertiesOf(properties: Record<string, unknown>, where: string): CypherProperties {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, cypherValueOf(v, `${where}.${k}`)]));
}
