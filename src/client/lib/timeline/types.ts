// Dated facts of the data graph and the axis they are drawn on.
import type { TimeValue } from "../../../shared/index.ts";

export interface DatedFact {
  /** The edge key (a relationship) or node key (an event with its own date). */
  key: string;
  kind: "relationship" | "event";
  /** Relationship type, or the node's category for an event. */
  type: string;
  /** Node keys of a relationship's ends; for an event, the node itself and null. */
  source: string;
  target: string | null;
  time: TimeValue;
  /** The source's wording of the time (`when_text`). */
  wording: string | null;
  quote: string | null;
}

export interface Timeline {
  /** Oldest first. */
  facts: DatedFact[];
  /** Relationships without a (valid) `when`. */
  undated: number;
  /** First and last year of the axis, or null without dated facts. */
  years: { from: number; to: number } | null;
}

/** A mark on the strip: horizontal extent in percent of the axis, and the lane it is stacked in. */
export interface Mark {
  fact: DatedFact;
  left: number;
  width: number;
  lane: number;
}
