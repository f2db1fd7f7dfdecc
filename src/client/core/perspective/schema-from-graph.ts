// A discovered schema computed from a whole graph in memory: for offline snapshots exported before the server sent
// one (computed in the snapshot worker, which holds the nodes, so the page's main thread never walks them).
import {
  primaryLabel,
  type GraphSchema,
  type PropertyStats,
  type PropertyType,
  type Properties,
  type WireNode,
  type WireRelationship,
} from "../../../shared/index.ts";

function typeOf(value: unknown): PropertyType {
  if (typeof value === "string") return "string";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "float";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) return "list";
  return "other";
}

function statsOf(items: readonly Properties[]): PropertyStats[] {
  const keys = new Map<string, { types: Map<PropertyType, number>; set: number; length: number; strings: number }>();
  for (const properties of items)
    for (const [key, value] of Object.entries(properties)) {
      const entry = keys.get(key) ?? { types: new Map<PropertyType, number>(), set: 0, length: 0, strings: 0 };
      const type = typeOf(value);
      entry.types.set(type, (entry.types.get(type) ?? 0) + 1);
      entry.set++;
      if (typeof value === "string") {
        entry.length += value.length;
        entry.strings++;
      }
      keys.set(key, entry);
    }
  return [...keys]
    .map(([key, e]) => {
      const stats: PropertyStats = {
        key,
        types: [...e.types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t),
        share: items.length ? e.set / items.length : 0,
      };
      if (e.strings) stats.meanLength = Math.round((e.length / e.strings) * 10) / 10;
      return stats;
    })
    .sort((a, b) => b.share - a.share || a.key.localeCompare(b.key));
}

export function schemaFromGraph(nodes: readonly WireNode[], relationships: readonly WireRelationship[]): GraphSchema {
  const byLabel = new Map<string, Properties[]>();
  const labelOf = new Map<string, string>();
  for (const node of nodes) {
    labelOf.set(node.id, primaryLabel(node.labels));
    // Pushed in place: copying the list for every node made this quadratic (1.3 s at 10,000 nodes of one label).
    for (const label of node.labels) {
      const items = byLabel.get(label);
      if (items) items.push(node.properties);
      else byLabel.set(label, [node.properties]);
    }
  }
  const byType = new Map<string, { properties: Properties[]; pairs: Map<string, number> }>();
  for (const rel of relationships) {
    const entry = byType.get(rel.type) ?? { properties: [], pairs: new Map<string, number>() };
    entry.properties.push(rel.properties);
    const pair = `${labelOf.get(rel.start) ?? "Node"}\u0000${labelOf.get(rel.end) ?? "Node"}`;
    entry.pairs.set(pair, (entry.pairs.get(pair) ?? 0) + 1);
    byType.set(rel.type, entry);
  }
  return {
    labels: [...byLabel]
      .map(([name, items]) => ({ name, count: items.length, properties: statsOf(items) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    relationshipTypes: [...byType]
      .map(([name, e]) => ({
        name,
        count: e.properties.length,
        pairs: [...e.pairs]
          .map(([pair, count]) => {
            const [from = "", to = ""] = pair.split("\u0000");
            return { from, to, count };
          })
          .sort((a, b) => b.count - a.count),
        properties: statsOf(e.properties),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    sampled: false,
    sampleSize: Math.max(1, nodes.length, relationships.length),
  };
}
