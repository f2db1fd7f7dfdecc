// What the page draws for a diff file: one payload holding every changed node and fact (and the unchanged ends of
// changed facts), which change each one is, and the list of changes to step through. Pure.
import type {
  GraphDiff,
  GraphPayload,
  JsonValue,
  NodeChange,
  Properties,
  PropertyChange,
  RelationshipChange,
  WireNode,
  WireRelationship,
} from "../../shared/index.ts";

export type ChangeKind = NodeChange["change"] | "unchanged";

export interface DiffStep {
  kind: NodeChange["change"];
  /** Graph keys to show and frame: the node, or the two ends of the fact. */
  nodes: string[];
  /** The fact's edge key, for a relationship change. */
  edge: string | null;
  title: string;
  /** Property by property, then the quote. */
  lines: string[];
}

export interface DiffView {
  payload: GraphPayload;
  nodes: ReadonlyMap<string, ChangeKind>;
  edges: ReadonlyMap<string, ChangeKind>;
  steps: DiffStep[];
}

/**
 * Diff nodes get keys of their own: a diff may hold nodes the database no longer has (removed ones, or a version
 * that is not the one served), so they never stand for, or overwrite, the live nodes of the same slug.
 */
export const diffNodeKey = (key: string): string => `diff:${key}`;

/** Without `id`: the catalog would otherwise take the diff node for the live node of that slug. */
function wireNode(key: string, labels: string[], properties: Properties): WireNode {
  const { id: _id, ...rest } = properties;
  return {
    id: diffNodeKey(key),
    labels,
    properties: rest.name === undefined && rest.title === undefined ? { ...rest, name: key } : rest,
  };
}

const show = (v: JsonValue | undefined) => JSON.stringify(v);

export function propertyLine(c: PropertyChange): string {
  switch (c.change) {
    case "added":
      return `+ ${c.property}: ${show(c.after)}`;
    case "removed":
      return `− ${c.property}: ${show(c.before)}`;
    case "changed":
      return `${c.property}: ${show(c.before)} → ${show(c.after)}`;
    case "renamed":
      return `${c.previousProperty} renamed ${c.property}: ${show(c.after)}`;
  }
}

const VERB = { added: "Added", removed: "Removed", changed: "Changed", rekeyed: "New key" } as const;

function relationshipLines(r: RelationshipChange): string[] {
  const quoteChanged = r.propertyChanges.some((c) => c.property === "quote");
  const lines = r.propertyChanges
    .filter((c) => r.change === "changed" || (c.property !== "quote" && c.property !== "source"))
    .map(propertyLine);
  if (!(quoteChanged && r.change === "changed") && typeof r.properties.quote === "string")
    lines.push(`“${r.properties.quote}”${typeof r.properties.source === "string" ? ` (${r.properties.source})` : ""}`);
  return lines;
}

export function diffView(diff: GraphDiff): DiffView {
  const wireNodes: WireNode[] = [];
  const nodes = new Map<string, ChangeKind>();
  const caption = new Map<string, string>();
  const name = (props: Properties, key: string) =>
    typeof props.name === "string" ? props.name : typeof props.title === "string" ? props.title : key;
  for (const n of diff.nodes) {
    wireNodes.push(wireNode(n.key, n.labels, n.properties));
    nodes.set(diffNodeKey(n.key), n.change);
    caption.set(n.key, name(n.properties, n.key));
  }
  for (const [key, end] of Object.entries(diff.ends)) {
    if (nodes.has(diffNodeKey(key))) continue;
    wireNodes.push(wireNode(key, end.labels, end.properties));
    nodes.set(diffNodeKey(key), "unchanged");
    caption.set(key, name(end.properties, key));
  }
  const steps: DiffStep[] = diff.nodes.map((n) => ({
    kind: n.change,
    nodes: [diffNodeKey(n.key)],
    edge: null,
    title:
      n.change === "rekeyed"
        ? `${VERB.rekeyed}: ${caption.get(n.key)} (${n.previousKey} → ${n.key})`
        : `${VERB[n.change]}: ${caption.get(n.key)} (${n.labels.join(", ")})`,
    lines: n.propertyChanges.filter((c) => !(n.change === "rekeyed" && c.property === "id")).map(propertyLine),
  }));
  const edges = new Map<string, ChangeKind>();
  const relationships: WireRelationship[] = diff.relationships.map((r, i) => {
    const id = `diff-fact:${i}`;
    edges.set(id, r.change);
    const [start, end] = [r.start, r.end];
    steps.push({
      kind: r.change,
      nodes: [diffNodeKey(start), diffNodeKey(end)],
      edge: id,
      title: `${VERB[r.change]}: ${caption.get(start) ?? start} —${r.type}→ ${caption.get(end) ?? end}`,
      lines: relationshipLines(r),
    });
    return { id, type: r.type, start: diffNodeKey(start), end: diffNodeKey(end), properties: r.properties };
  });
  return {
    payload: {
      nodes: wireNodes,
      relationships,
      summary: { resultAvailableAfterMs: 0, capped: false, timedOut: false, rowCount: 0 },
    },
    nodes,
    edges,
    steps,
  };
}
