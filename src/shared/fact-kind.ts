// Which kind of fact a relationship is (stated, a claim or plan the article reports, or our inference), from its properties.
import type { JsonValue } from "./json.ts";

export type FactKind = "stated" | "claim" | "inference";

/** The mark and the wording every place that shows a relationship uses, so the panel, paths and exports agree. */
export const FACT_KINDS: Record<FactKind, { mark: string; wording: string }> = {
  stated: { mark: "stated", wording: "The article states this." },
  claim: {
    mark: "claim or plan",
    wording: "The article reports this as a claim, an assessment or a plan, not as an established fact.",
  },
  inference: { mark: "inference", wording: "Our inference: the article does not state this in so many words." },
};

const text = (value: JsonValue | undefined): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

/**
 * A `note` makes a relationship our inference (even when it also reports a claim: the reading is ours);
 * otherwise a `claim` property (what kind of claim: "reported plan", "assessment"…) makes it a claim or plan;
 * anything else with a quote is stated by the source.
 */
export function factKind(properties: Readonly<Record<string, JsonValue | undefined>>): FactKind {
  if (text(properties.note)) return "inference";
  if (text(properties.claim)) return "claim";
  return "stated";
}

/** The wording for one relationship: the kind's own, with the relationship's note or claim detail after it. */
export function factKindWording(properties: Readonly<Record<string, JsonValue | undefined>>): string {
  const kind = factKind(properties);
  const detail = kind === "inference" ? text(properties.note) : kind === "claim" ? text(properties.claim) : null;
  return detail ? `${FACT_KINDS[kind].wording} ${detail}` : FACT_KINDS[kind].wording;
}
