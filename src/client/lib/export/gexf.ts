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

/** What the stage shows for a node now: its name in the chosen language and its Style colour and size. */
export interface NodeShown {
  label: string;
  color: string;
  size: number;
}

/** Without `shown`, the data graph's own label and colour (which a Style edit or a language switch does not change). */
export function gexfNode(_key: string, attrs: NodeAttributes, shown?: NodeShown) {
  return {
    label: shown?.label ?? attrs.label,
    viz: { color: shown?.color ?? attrs.color, size: shown?.size ?? attrs.size, x: attrs.x, y: attrs.y },
    attributes: { ...flattenProperties(attrs.properties), labels: attrs.labels.join(";"), category: attrs.category },
  };
}

/** `phrase`: the relationship as the stage reads it in the chosen language; the raw type stays an attribute. */
export function gexfEdge(_key: string, attrs: EdgeAttributes, phrase?: string) {
  return {
    label: phrase ?? attrs.relType,
    viz: { color: attrs.color, thickness: attrs.size },
    attributes: { ...flattenProperties(attrs.properties), type: attrs.relType },
  };
}

// graphology-gexf 0.13 writes GEXF 1.2 with the viz namespace misspelt ("http:///www.gexf.net/1.1draft/viz"), so
// Gephi and any namespace-aware parser lose every colour, size and position.
const GEXF_12 = "http://www.gexf.net/1.2draft";
export const GEXF_12_VIZ = `${GEXF_12}/viz`;

/** Puts the namespaces GEXF 1.2 declares on the root element: the draft itself and its viz module. */
export function fixGexfNamespaces(xml: string): string {
  const root = /<gexf\b[^>]*>/.exec(xml);
  if (!root) throw new Error("GEXF export: the writer's output has no <gexf> root element");
  const fixed = root[0]
    .replace(/\sxmlns="[^"]*"/, ` xmlns="${GEXF_12}"`)
    .replace(/\sxmlns:viz="[^"]*"/, ` xmlns:viz="${GEXF_12_VIZ}"`);
  const withViz = /\sxmlns:viz=/.test(fixed) ? fixed : fixed.replace(/^<gexf\b/, `<gexf xmlns:viz="${GEXF_12_VIZ}"`);
  return xml.slice(0, root.index) + withViz + xml.slice(root.index + root[0].length);
}
