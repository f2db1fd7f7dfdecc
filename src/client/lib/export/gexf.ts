// Pure formatters for graphology-gexf: GEXF attributes are flat scalars, so lists and maps become text.
import type { JsonValue, Properties } from "../../../shared/index.ts";
import type { EdgeAttributes, NodeAttributes } from "../graph/index.ts";

type Flat = Record<string, string | number | boolean>;

function flatValue(value: JsonValue): string | number | boolean | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(" | ");
  if (typeof value === "object") return JSON.stringify(value);
  return value;
}

export function flattenProperties(properties: Properties): Flat {
  const flat: Flat = {};
  for (const [name, value] of Object.entries(properties)) {
    const v = flatValue(value);
    if (v !== null) flat[name] = v;
  }
  return flat;
}

export function gexfNode(_key: string, attrs: NodeAttributes) {
  return {
    label: attrs.label,
    viz: { color: attrs.color, size: attrs.size, x: attrs.x, y: attrs.y },
    attributes: { ...flattenProperties(attrs.properties), labels: attrs.labels.join(";"), category: attrs.category },
  };
}

export function gexfEdge(_key: string, attrs: EdgeAttributes) {
  return {
    label: attrs.relType,
    viz: { color: attrs.color, thickness: attrs.size },
    attributes: { ...flattenProperties(attrs.properties), type: attrs.relType },
  };
}
