// Compares two versions of a graph by key: nodes and relationships added, removed and changed, property by property.
import type { GraphDiff, NodeChange, Properties, RelationshipChange } from "../shared/index.ts";
import { canonical } from "./canonical.ts";
import { compareProperties } from "./compare-properties.ts";
import type { GraphVersion, VersionNode, VersionRelationship } from "./types.ts";

const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Labels and properties but the key's own: two nodes alike in this are one node whose key changed. */
function likeness(node: VersionNode): string {
  const rest = Object.fromEntries(Object.entries(node.properties).filter(([k]) => !node.keyProperties.includes(k)));
  return `${[...node.labels].sort().join(":")}\u0000${canonical(rest)}`;
}

/** The nodes that are in B only and in A only, with those alike but their key paired up as rekeyed. */
function compareNodes(a: GraphVersion, b: GraphVersion): { changes: NodeChange[]; renamed: Map<string, string> } {
  const changes: NodeChange[] = [];
  const removed = new Map<string, VersionNode>();
  for (const [key, before] of a.nodes) {
    const after = b.nodes.get(key);
    if (!after) {
      removed.set(key, before);
      continue;
    }
    const propertyChanges = compareProperties(before.properties, after.properties);
    const labelsMoved = canonical([...before.labels].sort()) !== canonical([...after.labels].sort());
    if (propertyChanges.length === 0 && !labelsMoved) continue;
    changes.push({
      change: "changed",
      key,
      labels: after.labels,
      ...(labelsMoved ? { previousLabels: before.labels } : {}),
      properties: after.properties,
      propertyChanges,
    });
  }
  const alike = new Map<string, string[]>();
  for (const [key, node] of removed) {
    const sign = likeness(node);
    alike.set(sign, [...(alike.get(sign) ?? []), key]);
  }
  const renamed = new Map<string, string>();
  for (const [key, after] of b.nodes) {
    if (a.nodes.has(key)) continue;
    const candidates = alike.get(likeness(after));
    const previousKey = candidates?.shift();
    if (previousKey !== undefined) {
      const before = removed.get(previousKey)!;
      removed.delete(previousKey);
      renamed.set(previousKey, key);
      changes.push({
        change: "rekeyed",
        key,
        previousKey,
        labels: after.labels,
        properties: after.properties,
        propertyChanges: compareProperties(before.properties, after.properties),
      });
      continue;
    }
    changes.push({
      change: "added",
      key,
      labels: after.labels,
      properties: after.properties,
      propertyChanges: compareProperties({}, after.properties),
    });
  }
  for (const [key, before] of removed)
    changes.push({
      change: "removed",
      key,
      labels: before.labels,
      properties: before.properties,
      propertyChanges: compareProperties(before.properties, {}),
    });
  return { changes, renamed };
}

const groupKey = (r: VersionRelationship) => `${r.start}\u0000${r.type}\u0000${r.end}`;

function groupBy(rels: Iterable<VersionRelationship>): Map<string, VersionRelationship[]> {
  const groups = new Map<string, VersionRelationship[]>();
  for (const r of rels) {
    const key = groupKey(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

function relationshipChange(
  change: RelationshipChange["change"],
  rel: VersionRelationship,
  before: Properties,
  after: Properties,
): RelationshipChange {
  return {
    change,
    type: rel.type,
    start: rel.start,
    end: rel.end,
    properties: rel.properties,
    propertyChanges: compareProperties(before, after),
  };
}

/**
 * Relationships have no key of their own: they are matched by their ends' keys and type. Within one such group
 * (two investments of one company in another), equal ones pair first, then the rest in order as changed.
 */
function compareRelationships(a: VersionRelationship[], b: VersionRelationship[]): RelationshipChange[] {
  const changes: RelationshipChange[] = [];
  const after = groupBy(b);
  for (const [key, olds] of groupBy(a)) {
    const news = after.get(key) ?? [];
    after.delete(key);
    if (olds.length === 1 && news.length === 1 && canonical(olds[0]!.properties) === canonical(news[0]!.properties))
      continue;
    const unmatched = new Map<string, VersionRelationship[]>();
    for (const r of news) {
      const text = canonical(r.properties);
      unmatched.set(text, [...(unmatched.get(text) ?? []), r]);
    }
    const leftOld: VersionRelationship[] = [];
    for (const r of olds) {
      const same = unmatched.get(canonical(r.properties));
      if (same && same.length > 0) same.pop();
      else leftOld.push(r);
    }
    const leftNew = [...unmatched.values()].flat();
    const order = (x: VersionRelationship, y: VersionRelationship) =>
      byText(canonical(x.properties), canonical(y.properties));
    leftOld.sort(order);
    leftNew.sort(order);
    const paired = Math.min(leftOld.length, leftNew.length);
    for (let i = 0; i < paired; i++)
      changes.push(relationshipChange("changed", leftNew[i]!, leftOld[i]!.properties, leftNew[i]!.properties));
    for (const r of leftOld.slice(paired)) changes.push(relationshipChange("removed", r, r.properties, {}));
    for (const r of leftNew.slice(paired)) changes.push(relationshipChange("added", r, {}, r.properties));
  }
  for (const news of after.values())
    for (const r of news) changes.push(relationshipChange("added", r, {}, r.properties));
  return changes;
}

/** The naming properties the page needs to draw an unchanged end of a changed relationship. */
function namingProperties(properties: Properties): Properties {
  return Object.fromEntries(
    Object.entries(properties).filter(([k]) => k === "id" || k === "title" || k.startsWith("name")),
  );
}

const ORDER = { added: 0, removed: 1, changed: 2, rekeyed: 3 } as const;

export function compareVersions(a: GraphVersion, b: GraphVersion): GraphDiff {
  const { changes: nodes, renamed } = compareNodes(a, b);
  // A's relationships are named by B's keys, so a rekeyed node's relationships are not all removed and added.
  const rename = (key: string) => renamed.get(key) ?? key;
  const aRels = renamed.size
    ? a.relationships.map((r) => ({ ...r, start: rename(r.start), end: rename(r.end) }))
    : a.relationships;
  const relationships = compareRelationships(aRels, b.relationships);
  nodes.sort((x, y) => ORDER[x.change] - ORDER[y.change] || byText(x.key, y.key));
  relationships.sort(
    (x, y) =>
      ORDER[x.change] - ORDER[y.change] || byText(x.start, y.start) || byText(x.type, y.type) || byText(x.end, y.end),
  );
  const changedKeys = new Set(nodes.map((n) => n.key));
  const ends: GraphDiff["ends"] = {};
  for (const r of relationships)
    for (const key of [r.start, r.end]) {
      if (changedKeys.has(key) || ends[key]) continue;
      const node = b.nodes.get(key) ?? a.nodes.get(key);
      if (node) ends[key] = { labels: node.labels, properties: namingProperties(node.properties) };
    }
  const count = <T extends { change: string }>(list: T[], kind: string) => list.filter((c) => c.change === kind).length;
  return {
    format: "kg-explorer-diff",
    version: 1,
    a: { source: a.source, nodes: a.nodes.size, relationships: a.relationships.length },
    b: { source: b.source, nodes: b.nodes.size, relationships: b.relationships.length },
    keys: [...new Set([...a.keys, ...b.keys])].sort(),
    summary: {
      nodes: {
        added: count(nodes, "added"),
        removed: count(nodes, "removed"),
        changed: count(nodes, "changed"),
        rekeyed: count(nodes, "rekeyed"),
      },
      relationships: {
        added: count(relationships, "added"),
        removed: count(relationships, "removed"),
        changed: count(relationships, "changed"),
      },
    },
    nodes,
    relationships,
    ends,
  };
}
