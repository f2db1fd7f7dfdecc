// Collects the dated facts on the stage and lays them out on a year axis (pure; the strip draws the result).
import { compareTimes, timeKey, timeOf, wordingOf, type TimeValue } from "../../../shared/index.ts";
import type { ExplorerGraph } from "../graph/index.ts";
import type { DatedFact, Mark, Timeline } from "./types.ts";

const DAY_MS = 86_400_000;

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

export function timelineOf(graph: ExplorerGraph): Timeline {
  const facts: DatedFact[] = [];
  let undated = 0;
  graph.forEachEdge((key, attrs, source, target) => {
    const time = timeOf(attrs.properties);
    if (!time) return void undated++;
    const { properties } = attrs;
    facts.push({
      key,
      kind: "relationship",
      type: attrs.relType,
      source,
      target,
      time,
      wording: wordingOf(properties),
      quote: text(properties.quote),
    });
  });
  graph.forEachNode((key, attrs) => {
    const time = timeOf(attrs.properties);
    if (time)
      facts.push({
        key,
        kind: "event",
        type: attrs.category,
        source: key,
        target: null,
        time,
        wording: wordingOf(attrs.properties),
        quote: text(attrs.properties.quote),
      });
  });
  // Ties (the same year) in a fixed order, so the strip's lanes and the time story do not depend on load order.
  facts.sort(
    (a, b) =>
      compareTimes(a.time, b.time) ||
      (a.kind === b.kind ? 0 : a.kind === "event" ? -1 : 1) ||
      byText(a.type, b.type) ||
      byText(a.key, b.key),
  );
  return { facts, undated, years: yearsOf(facts.map((f) => f.time)) };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function yearsOf(times: readonly TimeValue[]): Timeline["years"] {
  if (times.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const time of times) {
    from = Math.min(from, Number(timeKey(time).slice(0, 4)));
    to = Math.max(to, Number((time.end ?? time.start ?? timeKey(time)).slice(0, 4)));
  }
  return { from, to };
}

const dayNumber = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;

/** Where a day falls on the axis, in percent (0 at the first day of `from`, 100 after the last day of `to`). */
export function axisPercent(years: { from: number; to: number }, day: string): number {
  const start = dayNumber(`${years.from}-01-01`);
  const end = dayNumber(`${years.to + 1}-01-01`);
  return Math.min(100, Math.max(0, ((dayNumber(day) - start) / (end - start)) * 100));
}

/** Narrower marks are widened to this (percent) so a single day stays visible and hoverable. */
const MIN_WIDTH = 1.2;

/** One mark per fact; overlapping marks go to the first lane where they fit. */
export function layoutMarks(timeline: Timeline): Mark[] {
  const { years } = timeline;
  if (!years) return [];
  const laneEnds: number[] = [];
  return timeline.facts.map((fact) => {
    const { time } = fact;
    const left = time.start === null ? 0 : axisPercent(years, time.start);
    const right = time.end === null ? 100 : axisPercent(years, nextDay(time.end));
    let width = Math.max(MIN_WIDTH, right - left);
    // A point is drawn as a dot where its year, month or day begins: from there on it counts as true (as-of rule).
    const point = time.kind === "point";
    const at = left;
    if (point) width = MIN_WIDTH;
    let lane = laneEnds.findIndex((end) => end <= at);
    if (lane < 0) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = at + width + 0.4;
    return { fact, left: at, width, lane };
  });
}

function nextDay(day: string): string {
  return new Date((dayNumber(day) + 1) * DAY_MS).toISOString().slice(0, 10);
}

/** The slider's positions: each month of the axis, then one more for "every date" (no as-of). */
export function sliderMonths(years: { from: number; to: number }): string[] {
  const months: string[] = [];
  for (let year = years.from; year <= years.to; year++)
    for (let month = 1; month <= 12; month++) months.push(`${year}-${String(month).padStart(2, "0")}`);
  return months;
}

/** The slider position of an as-of date: its month (a year alone: its December), clamped to the axis. */
export function sliderIndex(months: readonly string[], asOf: string | null): number {
  if (asOf === null) return months.length;
  const month = asOf.length === 4 ? `${asOf}-12` : asOf.slice(0, 7);
  if (months.length === 0) return 0;
  if (month < months[0]!) return 0;
  const i = months.indexOf(month);
  return i >= 0 ? i : months.length - 1;
}
