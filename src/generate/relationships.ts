// The relationship rows: a rule by its weight, then both ends by Zipf rank within their kinds, never a duplicate.
import { BadRequestError } from "../server/errors.ts";
import { RELATIONSHIP_RULES, type EntityLabel } from "./model.ts";
import type { KindRange } from "./layout.ts";
import type { Rng } from "./rng.ts";
import type { EntityRow, RelationshipRow } from "./types.ts";
import { drawZipf, weightedTable, zipfTable, type ZipfTable } from "./weights.ts";
import { quoteFor } from "./quotes.ts";

/** Redraws allowed for one row before the request is judged impossible (too many relationships for the entities). */
const MAX_REDRAWS = 1_000;

export interface RelationshipPlan {
  ranges: readonly KindRange[];
  entities: readonly EntityRow[];
  count: number;
  zipfExponent: number;
  sourceId: string;
  /** Filled while rows are drawn: relationships per entity, by global index. */
  degrees: Int32Array;
}

export function* generateRelationships(plan: RelationshipPlan, rng: Rng): Generator<RelationshipRow> {
  const { ranges, entities, count, degrees } = plan;
  const kinds = new Map<EntityLabel, { range: KindRange; table: ZipfTable }>(
    ranges.map((r) => [r.label, { range: r, table: zipfTable(r.count, plan.zipfExponent) }]),
  );
  const ruleTable = weightedTable(RELATIONSHIP_RULES.map((r) => r.weight));
  const typeIndex = new Map([...new Set(RELATIONSHIP_RULES.map((r) => r.type))].map((t, i) => [t, i]));
  const n = entities.length;
  // One number per (from, type, to): exact below 2^53, which the entity limit keeps us under.
  const seen = new Set<number>();
  const draw = (label: EntityLabel) => {
    const kind = kinds.get(label)!;
    return kind.range.offset + drawZipf(kind.table, rng);
  };
  for (let made = 0; made < count; made++) {
    for (let attempt = 0; ; attempt++) {
      if (attempt >= MAX_REDRAWS) {
        throw new BadRequestError(
          `Could not draw relationship ${made + 1} of ${count} without repeating one: ask for fewer relationships or more entities.`,
        );
      }
      const rule = RELATIONSHIP_RULES[drawZipf(ruleTable, rng)]!;
      const a = draw(rule.from);
      const b = draw(rule.to);
      const key = (a * n + b) * typeIndex.size + typeIndex.get(rule.type)!;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      degrees[a]! += 1;
      degrees[b]! += 1;
      const year = rng.below(10) < 3 ? 2000 + rng.below(26) : undefined;
      const from = entities[a]!.props;
      const to = entities[b]!.props;
      const quote = quoteFor(rule.type, String(from.name_ja), String(to.name_ja), year);
      yield {
        type: rule.type,
        from: String(from.id),
        to: String(to.id),
        props: year ? { quote, source: plan.sourceId, year } : { quote, source: plan.sourceId },
      };
      break;
    }
  }
}
