// Where each kind's entities sit in the global index, and their ids: person-000001, company-000001, ...
import { BadRequestError } from "../server/errors.ts";
import { ENTITY_KINDS, type EntityLabel } from "./model.ts";

export interface KindRange {
  label: EntityLabel;
  slug: string;
  offset: number;
  count: number;
}

/** Splits `total` by the kinds' shares (largest remainder), every kind getting at least one entity. */
export function kindRanges(total: number): KindRange[] {
  if (total < ENTITY_KINDS.length)
    throw new BadRequestError(`--entities must be at least ${ENTITY_KINDS.length} (one of each kind)`);
  const spare = total - ENTITY_KINDS.length;
  const exact = ENTITY_KINDS.map((k) => k.share * spare);
  const counts = exact.map((x) => 1 + Math.floor(x));
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    counts[i]! += 1;
  }
  let offset = 0;
  return ENTITY_KINDS.map((k, i) => {
    const range = { label: k.label, slug: k.slug, offset, count: counts[i]! };
    offset += range.count;
    return range;
  });
}

export function entityId(range: KindRange, index: number, width: number): string {
  return `${range.slug}-${String(index + 1).padStart(width, "0")}`;
}

export const idWidth = (total: number) => Math.max(6, String(total).length);
