// The one set of time rules for dated facts (parse, order, "true as of a date"), so server, page and offline agree.
//
// A dated relationship or event carries `when` (normalised) and, optionally, `when_text` (the article's wording):
//   point        2019 · 2024-01 · 2024-01-15   happened within that year, month or day; true from then on
//   period       2023/2025 · ../2025 · 2023/..  true from the start of the first to the end of the second, then ended
//   approximate  ~2024-01/2024-03 · ~2024      happened at some uncertain time in that window; true from then on
// An open start (`..`) means the article gives none: the fact counts as true from the earliest date on the timeline.

/** The property holding the normalised time of a relationship or an event. */
export const WHEN_PROPERTY = "when";
/** The property keeping the source's own wording of that time (e.g. `2024年初め`). */
export const WHEN_TEXT_PROPERTY = "when_text";

export type TimeKind = "point" | "period" | "approximate";

export interface TimeValue {
  kind: TimeKind;
  /** The normalised text as written. */
  text: string;
  /** First day it may start, `YYYY-MM-DD`; null for an open start. */
  start: string | null;
  /** Last day of the window (point, approximate) or of the period; null for an open end. */
  end: string | null;
}

export type TimeParse = { ok: true; value: TimeValue } | { ok: false; reason: string };

/** Whether a fact holds as of a date: not yet, holding, or (a period) over. */
export type FactStatus = "not-yet" | "current" | "ended";

export const TIME_FORMS =
  "a point (2019, 2024-01, 2024-01-15), a period (2023/2025, ../2025, 2023/..) or an approximate time (~2024-01/2024-03, ~2024)";

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface DaySpan {
  first: string;
  last: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A year, month or day as the first and last day it covers; a reason when it is not a real date. */
export function parseDate(text: string): { ok: true; span: DaySpan } | { ok: false; reason: string } {
  const m = DATE.exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, span: { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${m[2]} in "${text}" is not 01–12` };
  const lastDay = daysIn(year, month);
  if (m[3] === undefined)
    return { ok: true, span: { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(lastDay)}` } };
  const day = Number(m[3]);
  if (day < 1 || day > lastDay)
    return { ok: false, reason: `day ${m[3]} in "${text}" is not in ${m[1]}-${m[2]} (01–${pad(lastDay)})` };
  return { ok: true, span: { first: text, last: text } };
}

/** Parses a `when` value; the reason names what is wrong and the forms expected. */
export function parseTime(input: unknown): TimeParse {
  if (typeof input !== "string") return { ok: false, reason: `expected a string, got ${typeof input}` };
  const text = input.trim();
  if (text !== input || text === "") return { ok: false, reason: `"${input}" is empty or has spaces around it` };
  const approximate = text.startsWith("~");
  const body = approximate ? text.slice(1) : text;
  const parts = body.split("/");
  if (parts.length > 2) return { ok: false, reason: `"${text}" has more than one "/"` };
  const [from, to] = parts as [string, string | undefined];
  if (to === undefined) {
    const date = parseDate(from);
    if (!date.ok) return date;
    return {
      ok: true,
      value: { kind: approximate ? "approximate" : "point", text, start: date.span.first, end: date.span.last },
    };
  }
  if (approximate && (from === ".." || to === ".."))
    return { ok: false, reason: `an approximate time "${text}" needs both ends of its window` };
  if (from === ".." && to === "..") return { ok: false, reason: `a period "${text}" needs at least one end` };
  const start = from === ".." ? null : parseDate(from);
  const end = to === ".." ? null : parseDate(to);
  if (start && !start.ok) return start;
  if (end && !end.ok) return end;
  const first = start?.span.first ?? null;
  const last = end?.span.last ?? null;
  if (first !== null && last !== null && first > last) return { ok: false, reason: `"${text}" ends before it starts` };
  return { ok: true, value: { kind: approximate ? "approximate" : "period", text, start: first, end: last } };
}

/** The parsed `when` of a property map, or null when it has none or an invalid one (the loader refuses those). */
export function timeOf(properties: Readonly<Record<string, unknown>>): TimeValue | null {
  const raw = properties[WHEN_PROPERTY];
  if (raw === undefined || raw === null) return null;
  const parsed = parseTime(raw);
  return parsed.ok ? parsed.value : null;
}

/** The source's wording of the time, when it keeps one. */
export function wordingOf(properties: Readonly<Record<string, unknown>>): string | null {
  const raw = properties[WHEN_TEXT_PROPERTY];
  return typeof raw === "string" && raw !== "" ? raw : null;
}

/** An as-of date (YYYY, YYYY-MM or YYYY-MM-DD) as the last day it covers: "as of 2024" means by the end of 2024. */
export function asOfDay(text: string): string | null {
  const date = parseDate(text);
  return date.ok ? date.span.last : null;
}

/** Whether the fact holds on `day` (YYYY-MM-DD): points and approximate times never end, periods do. */
export function factStatus(value: TimeValue, day: string): FactStatus {
  if (value.start !== null && day < value.start) return "not-yet";
  if (value.kind === "period" && value.end !== null && day > value.end) return "ended";
  return "current";
}

/** Where a fact sits on the timeline: its first day, or for an open start the first day of its end. */
export function timeKey(value: TimeValue): string {
  return value.start ?? `${(value.end ?? "9999").slice(0, 4)}-01-01`;
}

/** Oldest first; at the same start, points before the periods and windows that go on after them. */
export function compareTimes(a: TimeValue, b: TimeValue): number {
  const ka = timeKey(a);
  const kb = timeKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  const ea = a.end ?? "9999-12-31";
  const eb = b.end ?? "9999-12-31";
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** The as-of date a step of the time story shows: when the fact begins (the window's end for an approximate time). */
export function stepDate(value: TimeValue): string {
  const [from, to] = value.text.replace(/^~/, "").split("/") as [string, string | undefined];
  if (value.kind === "approximate") return to ?? from;
  return from === ".." ? to! : from;
}

/** Short English wording of a time, for marks and captions. */
export function describeTime(value: TimeValue): string {
  const body = value.text.replace(/^~/, "");
  if (value.kind === "point") return body;
  const [from, to] = body.split("/");
  if (value.kind === "approximate") return to === undefined ? `around ${from}` : `around ${from} to ${to}`;
  if (from === "..") return `until ${to}`;
  if (to === "..") return `from ${from}`;
  return `${from} to ${to}`;
}
