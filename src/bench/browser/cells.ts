// Table cells for the browser report: min / median / max over the runs that produced a figure, or why none did.
import { spread } from "../stats.ts";
import type { PageFigures, PageResult } from "./types.ts";

export const fmt = (x: number, digits = 0) =>
  Number.isFinite(x) ? x.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "–";

export function triple(xs: readonly number[], digits = 0): string {
  const finite = xs.filter(Number.isFinite);
  if (!finite.length) return "–";
  const s = spread(finite);
  return `${fmt(s.min, digits)} / ${fmt(s.median, digits)} / ${fmt(s.max, digits)}`;
}

export const median = (xs: readonly number[]) => spread(xs.filter(Number.isFinite)).median;

export const ok = (results: readonly PageResult[]) => results.filter((r): r is PageFigures => r.status === "ok");

/** Why a page gave no figures: the first non-ok result, in words. */
export function whyNot(results: readonly PageResult[]): string {
  const bad = results.find((r): r is Exclude<PageResult, PageFigures> => r.status !== "ok");
  if (!bad) return "–";
  if (bad.status === "timeout")
    return bad.step.startsWith("first render") || bad.step === "loading the page"
      ? `did not render within ${fmt(bad.budgetMs / 1000)} s`
      : `${bad.step} not done within ${fmt(bad.budgetMs / 1000)} s`;
  return `failed (${bad.message})`;
}

/** The figure over the good runs, marked when some runs gave none; `whyNot` when none did. */
export function cell(results: readonly PageResult[], pick: (r: PageFigures) => number | null, digits = 0): string {
  const good = ok(results);
  if (!good.length) return whyNot(results);
  const text = triple(
    good.map((r) => pick(r) ?? Number.NaN),
    digits,
  );
  return good.length < results.length ? `${text} (${good.length} of ${results.length} runs; ${whyNot(results)})` : text;
}

/** Per-run ratio a / b over the runs where both pages gave the figure (paired: same run, same machine state). */
export function ratioCell(
  pairs: readonly [PageResult, PageResult][],
  pick: (r: PageFigures) => number | null,
  digits = 1,
): string {
  const xs = pairs.flatMap(([a, b]) =>
    a.status === "ok" && b.status === "ok" ? [(pick(a) ?? Number.NaN) / (pick(b) ?? Number.NaN)] : [],
  );
  return triple(xs, digits);
}
