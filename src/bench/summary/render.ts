// The summary table of `npm run bench`: issue 14's rows in its order, each figure now, the old way's (or the peer's)
// from the same run, the gain, the target and whether it is met, or why there is no figure. Pure: figures in, text out.
import type { BenchPart } from "../plan.ts";
import type { FigureLine } from "./figure-line.ts";
import { ISSUE_ROWS, type IssueRow, type SummaryCheck, type SummaryMeasure } from "./issue-rows.ts";

/** What happened to a part in this run; a part missing from the record was not run. */
export type PartOutcome = "ran" | "skipped" | "failed" | "not reached";

const num = (x: number, digits: number) =>
  x.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Whole numbers (the targets) without decimals; measured figures with one or two while they are small. */
export function formatValue(x: number, unit: SummaryMeasure["unit"]): string {
  const whole = Number.isInteger(x);
  switch (unit) {
    case "ms":
      return `${num(x, whole || x >= 100 ? 0 : 1)} ms`;
    case "s":
      return `${num(x, whole ? 0 : x < 10 ? 2 : 1)} s`;
    case "req/s":
      return `${num(x, 0)} req/s`;
    case "bytes":
      return x >= 1e6 ? `${num(x / 1e6, 2)} MB` : `${num(x, 0)} bytes`;
  }
}

/** How many times better than the old way: old ÷ now, or now ÷ old when higher is better; null without an old way. */
export function gain(m: Pick<SummaryMeasure, "better">, line: Pick<FigureLine, "now" | "old">): number | null {
  if (line.old === null || line.old <= 0 || line.now <= 0) return null;
  return m.better === "higher" ? line.now / line.old : line.old / line.now;
}

export function checkText(check: SummaryCheck, unit: SummaryMeasure["unit"]): string {
  switch (check.kind) {
    case "under":
      return `under ${formatValue(check.value, unit)}`;
    case "gainAtLeast":
      return `≥ ${check.value}× the old way`;
    case "within":
      return `within ${check.times}× the peer`;
  }
}

/** "met" / "not met", or why it cannot be judged. */
export function verdict(m: SummaryMeasure, line: FigureLine): string {
  const g = gain(m, line);
  switch (m.check.kind) {
    case "under":
      return line.now < m.check.value ? "met" : "not met";
    case "gainAtLeast":
      return g === null ? "no old way to judge by" : g >= m.check.value ? "met" : "not met";
    case "within":
      return line.old === null ? "no peer to judge by" : line.now <= m.check.times * line.old ? "met" : "not met";
  }
}

/** Why a measure has no figure: no script measures it, its part was left out, failed, or recorded none. */
export function missingText(m: SummaryMeasure, outcomes: Partial<Record<BenchPart, PartOutcome>>): string {
  if (m.part === null) return "not measured by a script";
  switch (outcomes[m.part]) {
    case "ran":
      return `no figure (bench:${m.part} recorded none for it)`;
    case "failed":
      return `not run (bench:${m.part} failed)`;
    case "not reached":
      return "not run (an earlier part failed)";
    default:
      return "not run";
  }
}

const HEAD = [
  "| issue 14's row | figure | now | old way or peer | its figure | gain | target | |",
  "|---|---|---|---|---|---|---|---|",
];

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function renderSummaryTable(
  figures: readonly FigureLine[],
  outcomes: Partial<Record<BenchPart, PartOutcome>>,
  rows: readonly IssueRow[] = ISSUE_ROWS,
): string {
  const lines = [...HEAD];
  for (const row of rows) {
    let first = true;
    const issueCell = () => {
      const text = first ? `${row.figure} (target: ${row.target})` : "";
      first = false;
      return cell(text);
    };
    for (const m of row.measures) {
      const target = checkText(m.check, m.unit);
      const measured = figures.filter((f) => f.key === m.key);
      if (!measured.length) {
        lines.push(
          `| ${issueCell()} | ${cell(m.what)} | – | ${cell(m.oldName)} | – | – | ${cell(target)} | ${cell(missingText(m, outcomes))} |`,
        );
        continue;
      }
      for (const f of measured) {
        const g = gain(m, f);
        const what = f.note ? `${m.what} (${f.note})` : m.what;
        lines.push(
          `| ${issueCell()} | ${cell(what)} | ${formatValue(f.now, m.unit)} | ${cell(f.oldName ?? m.oldName)} | ${f.old === null ? "–" : formatValue(f.old, m.unit)} | ${g === null ? "–" : `${num(g, 2)}×`} | ${cell(target)} | ${verdict(m, f)} |`,
        );
      }
    }
  }
  return lines.join("\n");
}

export const SUMMARY_SECTION = "summary";

/** The BENCHMARKS.md section around the table: how it was made and how to read it. */
export function renderSummarySection(table: string, command: string, date: string): string {
  return `## Issue 14's figures in one run

\`${command}\` (${date})

Each part of \`npm run bench\` hands the figures it already computes to this table (\`src/bench/summary/\`); the old way (or the peer) is measured in the same run, as that part's own section says. *Gain* is how many times better than the old way: old ÷ now for times and sizes, now ÷ old for throughput (below 1: worse). A part left out with \`--only\` shows "not run"; a row no script measures yet says so. Sizes smaller than the issue's are named beside the figure.

${table}
`;
}
