// A result as an aligned plain-text table for the terminal, long cells cut so a row stays readable.
import type { GraphPayload } from "../../shared/index.ts";
import { cellFormatter } from "./format-cell.ts";
import { displayWidth, padToWidth, truncateToWidth } from "./text-width.ts";

export interface TableOptions {
  /** Widest a cell may be, in terminal cells; the full text is in the json and csv formats. */
  maxCellWidth?: number;
  /** Paths get more room: a route cut in the middle answers nothing. */
  maxPathWidth?: number;
}

const isPath = (v: unknown) => typeof v === "object" && v !== null && "segments" in v;

export function formatTable(payload: GraphPayload, options: TableOptions = {}): string {
  const max = options.maxCellWidth ?? 48;
  const maxPath = options.maxPathWidth ?? 160;
  const columns = payload.columns ?? [];
  const format = cellFormatter(payload, { groupDigits: true });
  const body = (payload.rows ?? []).map((row) =>
    columns.map((c) => truncateToWidth(format(row[c]), isPath(row[c]) ? maxPath : max)),
  );
  const widths = columns.map((c, i) => Math.max(displayWidth(c), ...body.map((cells) => displayWidth(cells[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => padToWidth(cell, widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** The line under a table: how many rows, how fast, and whether the result was cut short. */
export function formatSummary(payload: GraphPayload): string {
  const { rowCount, resultAvailableAfterMs, capped, timedOut } = payload.summary;
  const notes = [capped && "capped: more rows exist", timedOut && "timed out: partial result"].filter(Boolean);
  const rows = `${rowCount} row${rowCount === 1 ? "" : "s"}`;
  return `${rows}, ${payload.nodes.length} nodes, ${payload.relationships.length} relationships (${resultAvailableAfterMs} ms)${notes.length ? ` [${notes.join("; ")}]` : ""}`;
}
