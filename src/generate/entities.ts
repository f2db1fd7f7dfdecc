// The entity rows: three-language names and aliases, a one-line description, and each kind's own properties.
import type { EntityLabel } from "./model.ts";
import { entityId, idWidth, type KindRange } from "./layout.ts";
import { namesFor } from "./names.ts";
import type { Rng } from "./rng.ts";
import type { EntityRow, PropertyValue } from "./types.ts";

const CATEGORIES = [
  "AI chip",
  "cloud platform",
  "e-commerce platform",
  "smartphone",
  "generative AI assistant",
  "payment app",
];
const ORG_KINDS = ["government", "team", "business unit", "industry body"];

function extras(label: EntityLabel, rng: Rng, year: number): Record<string, PropertyValue> {
  switch (label) {
    case "Event":
      return { year };
    case "Investment": {
      const amount = (1 + rng.below(500)) * 100_000_000;
      const currency = rng.pick(["CNY", "USD", "JPY"]);
      const toJpy = { CNY: 20, USD: 150, JPY: 1 }[currency] ?? 1;
      return { amount, currency, amount_jpy: amount * toJpy, year };
    }
    case "Product":
      return { category: rng.pick(CATEGORIES) };
    case "Model":
      return { model_type: "LLM" };
    case "Organization":
      return { kind: rng.pick(ORG_KINDS) };
    case "Place":
      return { kind: rng.pick(["city", "province", "country"]) };
    default:
      return {};
  }
}

export function buildEntities(ranges: readonly KindRange[], rng: Rng, sourceId: string): EntityRow[] {
  const total = ranges.reduce((n, r) => n + r.count, 0);
  const width = idWidth(total);
  const rows: EntityRow[] = [];
  for (const range of ranges) {
    for (let i = 0; i < range.count; i++) {
      const year = 2000 + rng.below(26);
      const names = namesFor(range.label, rng, year);
      rows.push({
        label: range.label,
        props: {
          id: entityId(range, i, width),
          ...names,
          aliases_text: names.aliases.join(" | "),
          description: `Synthetic ${range.label.toLowerCase()} of the ${sourceId} data set.`,
          ...extras(range.label, rng, year),
        },
      });
    }
  }
  return rows;
}
