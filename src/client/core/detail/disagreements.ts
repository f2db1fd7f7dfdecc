// Where sources disagree: two accounts of one fact (same type, same ends) from different sources with different values.
import type { JsonValue, NodeRelationship } from "../../../shared/index.ts";

/** Properties that say where an account comes from, not what it says; they always differ between sources. */
const PROVENANCE = new Set(["quote", "quote_en", "quote_at", "source", "note", "claim", "when_text"]);

export interface Disagreement {
  /** Relationship type, direction and the other node: the fact the accounts are about. */
  type: string;
  direction: NodeRelationship["direction"];
  otherId: string;
  /** Properties two or more accounts give with different values: what makes this a disagreement. */
  conflicts: string[];
  /** Every property that is not the same in all accounts (conflicts, and details only some give), sorted. */
  fields: string[];
  /** One account per relationship, in source order. */
  accounts: NodeRelationship[];
}

const sourceOf = (rel: NodeRelationship): string | null => {
  const value = rel.relationship.properties.source;
  return typeof value === "string" && value.trim() !== "" ? value : null;
};

const same = (a: JsonValue | undefined, b: JsonValue | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Groups a node's relationships by fact and keeps the groups told by more than one source that give different values
 * for the same property (an amount, a date, a role). A detail only one source gives is shown beside them but is not
 * by itself a disagreement: one source being more specific does not contradict the other.
 */
export function disagreements(relationships: readonly NodeRelationship[]): Disagreement[] {
  const groups = new Map<string, NodeRelationship[]>();
  for (const rel of relationships) {
    if (sourceOf(rel) === null) continue;
    const key = JSON.stringify([rel.relationship.type, rel.direction, rel.other.id]);
    groups.set(key, [...(groups.get(key) ?? []), rel]);
  }
  const found: Disagreement[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map(sourceOf)).size < 2) continue;
    const names = new Set(group.flatMap((rel) => Object.keys(rel.relationship.properties)));
    const fields = [...names]
      .filter((name) => !PROVENANCE.has(name))
      .filter((name) =>
        group.some((rel) => !same(rel.relationship.properties[name], group[0]!.relationship.properties[name])),
      )
      .sort();
    const conflicts = fields.filter(
      (name) =>
        new Set(
          group.flatMap((rel) =>
            name in rel.relationship.properties ? [JSON.stringify(rel.relationship.properties[name])] : [],
          ),
        ).size > 1,
    );
    if (conflicts.length === 0) continue;
    const first = group[0]!;
    const accounts = [...group].sort((a, b) => (sourceOf(a) ?? "").localeCompare(sourceOf(b) ?? ""));
    found.push({
      type: first.relationship.type,
      direction: first.direction,
      otherId: first.other.id,
      conflicts,
      fields,
      accounts,
    });
  }
  return found;
}
