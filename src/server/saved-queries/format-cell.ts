// One result value as short readable text: nodes by name, relationships by type, paths as a -[T]-> b.
import type { GraphPayload, JsonValue, WireNode, WireRelationship } from "../../shared/index.ts";

interface WirePath {
  start: WireNode;
  end: WireNode;
  segments: { start: string; relationship: WireRelationship; end: string }[];
}

export interface CellOptions {
  /** Thousands separators on large numbers: easier to read in a table, wrong in a CSV a spreadsheet reads back. */
  groupDigits: boolean;
}

const isObject = (v: JsonValue): v is { [key: string]: JsonValue } =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isNode = (v: JsonValue) =>
  isObject(v) && Array.isArray(v.labels) && isObject(v.properties ?? null) && typeof v.id === "string";
const isRelationship = (v: JsonValue) =>
  isObject(v) &&
  typeof v.type === "string" &&
  typeof v.start === "string" &&
  typeof v.end === "string" &&
  isObject(v.properties ?? null);
const isPath = (v: JsonValue) => isObject(v) && Array.isArray(v.segments) && isObject(v.start ?? null);

export function nodeLabel(node: Pick<WireNode, "id" | "properties">): string {
  const { name, id, title } = node.properties;
  const text = name ?? title ?? id;
  return typeof text === "string" || typeof text === "number" ? String(text) : node.id;
}

/** Builds a formatter bound to one result, whose node list names the inner nodes of paths. */
export function cellFormatter(payload: GraphPayload, options: CellOptions): (value: JsonValue | undefined) => string {
  const nodes = new Map(payload.nodes.map((n) => [n.id, n]));
  const name = (elementId: string) => {
    const node = nodes.get(elementId);
    return node ? nodeLabel(node) : elementId;
  };
  const path = (p: WirePath) => {
    let text = nodeLabel(p.start);
    for (const s of p.segments) {
      const forward = s.relationship.start === s.start;
      text += forward ? ` -[${s.relationship.type}]-> ${name(s.end)}` : ` <-[${s.relationship.type}]- ${name(s.end)}`;
    }
    return text;
  };
  const format = (value: JsonValue | undefined): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "string") return value.replace(/\s*[\r\n]+\s*/g, " ");
    if (typeof value === "number")
      return options.groupDigits && Number.isInteger(value) && Math.abs(value) >= 100_000
        ? value.toLocaleString("en-US")
        : String(value);
    if (typeof value === "boolean") return String(value);
    if (Array.isArray(value)) return value.map(format).join(", ");
    if (isNode(value)) return nodeLabel(value as unknown as WireNode);
    if (isRelationship(value)) return `:${(value as unknown as WireRelationship).type}`;
    if (isPath(value)) return path(value as unknown as WirePath);
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${format(v)}`)
      .join(", ");
  };
  return format;
}
