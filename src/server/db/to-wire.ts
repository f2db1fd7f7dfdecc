// The one mapper at the driver boundary: neo4j-driver values in, plain JSON wire shapes out.
import neo4j, {
  isInt,
  isNode,
  isRelationship,
  isPath,
  isPoint,
  isDuration,
  isDate,
  isDateTime,
  isLocalDateTime,
  isLocalTime,
  isTime,
  type Integer,
  type Node,
  type Relationship,
  type Path,
} from "neo4j-driver";
import type { JsonValue, WireNode, WireRelationship } from "../../shared/index.ts";

/** Integers inside ±2^53 become numbers; larger ones become strings so no digit is lost. */
export function intToJson(value: Integer): number | string {
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

export function nodeToWire(node: Node): WireNode {
  return { id: node.elementId, labels: [...node.labels], properties: propsToJson(node.properties) };
}

export function relationshipToWire(rel: Relationship): WireRelationship {
  return {
    id: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: propsToJson(rel.properties),
  };
}

function propsToJson(props: Record<string, unknown>): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toJson(v)]));
}

export function toJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (isInt(value)) return intToJson(value as Integer);
  if (Array.isArray(value)) return value.map(toJson);
  if (isNode(value)) return nodeToWire(value as Node) as unknown as JsonValue;
  if (isRelationship(value)) return relationshipToWire(value as Relationship) as unknown as JsonValue;
  if (isPath(value)) return pathToJson(value as Path);
  if (isPoint(value)) {
    const p = value as { srid: Integer | number; x: number; y: number; z?: number };
    return { srid: toJson(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  // Temporal values keep Neo4j's own ISO-8601 text, which round-trips through date() and duration().
  if (
    isDuration(value) ||
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value)
  ) {
    return String(value);
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (typeof value === "object") return propsToJson(value as Record<string, unknown>);
  return String(value);
}

function pathToJson(path: Path): JsonValue {
  return {
    start: nodeToWire(path.start),
    end: nodeToWire(path.end),
    segments: path.segments.map((s) => ({
      start: s.start.elementId,
      relationship: relationshipToWire(s.relationship),
      end: s.end.elementId,
    })),
  } as unknown as JsonValue;
}
