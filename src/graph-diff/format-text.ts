// The diff for people: a summary, then each fact added (+), removed (-), changed (~) or rekeyed (>), property by
// property, with each relationship's quote (both quotes when the quote itself changed).
import type { GraphDiff, JsonValue, NodeChange, PropertyChange, RelationshipChange } from "../shared/index.ts";

const MARK = { added: "+", removed: "-", changed: "~", rekeyed: ">" } as const;
const show = (value: JsonValue | undefined) => JSON.stringify(value);

function propertyLine(c: PropertyChange): string {
  switch (c.change) {
    case "added":
      return `    + ${c.property}: ${show(c.after)}`;
    case "removed":
      return `    - ${c.property}: ${show(c.before)}`;
    case "changed":
      return `    ~ ${c.property}: ${show(c.before)} → ${show(c.after)}`;
    case "renamed":
      return `    ~ ${c.previousProperty} renamed ${c.property}: ${show(c.after)}`;
  }
}

function nodeLines(n: NodeChange): string[] {
  const labels = n.labels.map((l) => `:${l}`).join("");
  const head =
    n.change === "rekeyed"
      ? `${MARK.rekeyed} node ${n.previousKey} → ${n.key} (${labels}) key changed`
      : `${MARK[n.change]} node ${n.key} (${labels})`;
  const moved = n.previousLabels ? [`    ~ labels: ${n.previousLabels.map((l) => `:${l}`).join("")} → ${labels}`] : [];
  // An added or removed node lists every property; a changed one only what changed.
  return [
    head,
    ...moved,
    ...n.propertyChanges.filter((c) => c.property !== "id" || n.change !== "rekeyed").map(propertyLine),
  ];
}

function relationshipLines(r: RelationshipChange): string[] {
  const head = `${MARK[r.change]} (${r.start})-[:${r.type}]->(${r.end})`;
  const quoteChanged = r.propertyChanges.some((c) => c.property === "quote");
  const lines =
    r.change === "changed"
      ? r.propertyChanges.map(propertyLine)
      : r.propertyChanges.filter((c) => c.property !== "quote" && c.property !== "source").map(propertyLine);
  if (!quoteChanged || r.change !== "changed") {
    const quote = r.properties.quote;
    if (typeof quote === "string") lines.push(`    quote: «${quote}»${source(r)}`);
  }
  return [head, ...lines];
}

const source = (r: RelationshipChange) => (typeof r.properties.source === "string" ? ` (${r.properties.source})` : "");

export function formatDiffText(diff: GraphDiff): string {
  const { nodes, relationships } = diff.summary;
  const out = [
    `A: ${diff.a.source} (${diff.a.nodes} nodes, ${diff.a.relationships} relationships)`,
    `B: ${diff.b.source} (${diff.b.nodes} nodes, ${diff.b.relationships} relationships)`,
    `Nodes keyed by ${diff.keys.length ? diff.keys.join(", ") : "their content (no id, no key constraint)"}.`,
    `Nodes: ${nodes.added} added, ${nodes.removed} removed, ${nodes.changed} changed, ${nodes.rekeyed} with a new key.`,
    `Relationships: ${relationships.added} added, ${relationships.removed} removed, ${relationships.changed} changed.`,
  ];
  if (diff.nodes.length + diff.relationships.length === 0) return [...out, "", "No difference."].join("\n");
  for (const n of diff.nodes) out.push("", ...nodeLines(n));
  for (const r of diff.relationships) out.push("", ...relationshipLines(r));
  return out.join("\n");
}
