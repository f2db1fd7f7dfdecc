// The result as a table: one column per RETURN item, headers sort on click (or Enter/Space), aria-sort says how.
// Beside each column of nodes, the network measures the reader ticks (of the graph in view), as columns of their own.
import type { GraphPayload, JsonValue, NetworkMeasure } from "../../shared/index.ts";
import { NETWORK_MEASURES } from "../../shared/index.ts";
import { MEASURE_TITLES } from "../lib/metrics/index.ts";
import { formatCell, sortRows, type Row, type SortState } from "../lib/table/index.ts";
import { h } from "../lib/dom.ts";

/** Long tables cost more to draw than to read; the downloads always hold every row. */
const MAX_TABLE_ROWS = 1_000;

function header(column: string, sort: SortState, onSort: (column: string) => void): HTMLElement {
  const direction = sort?.column === column ? sort.direction : null;
  const button = h(
    "button",
    { type: "button", class: "sort-button", "data-column": column },
    column,
    h(
      "span",
      { class: "sort-mark", "aria-hidden": "true" },
      direction === "asc" ? " ▲" : direction === "desc" ? " ▼" : "",
    ),
  );
  button.addEventListener("click", () => onSort(column));
  return h(
    "th",
    { scope: "col", "aria-sort": direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none" },
    button,
  );
}

export interface TableOptions {
  /** The reader's language (en, ja, zh): how numbers and money are written. */
  locale: string;
  hidden: readonly string[];
  onToggle: (column: string) => void;
  measures?: TableMeasures;
}

/** Network measures as table columns: which are ticked, each node's value (when computed), and the tick. */
export interface TableMeasures {
  shown: readonly NetworkMeasure[];
  computing: readonly NetworkMeasure[];
  valueOf(measure: NetworkMeasure, nodeKey: string): number | undefined;
  onToggle(measure: NetworkMeasure): void;
}

/** A node in a row, as the wire sends it: its key is its id. */
function nodeKeyOf(value: JsonValue | undefined): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  return Array.isArray(value.labels) && typeof value.id === "string" ? value.id : null;
}

export const measureColumn = (column: string, measure: NetworkMeasure) => `${column} · ${MEASURE_TITLES[measure]}`;

/** The columns with a measure column after each column of nodes, and the rows with those values filled in. */
function withMeasures(
  columns: readonly string[],
  rows: readonly Row[],
  measures: TableMeasures | undefined,
): { columns: string[]; rows: Row[]; nodeColumns: string[] } {
  const nodeColumns = columns.filter((c) => rows.some((row) => nodeKeyOf(row[c]) !== null));
  const shown = NETWORK_MEASURES.filter((m) => measures?.shown.includes(m));
  if (!measures || !shown.length || !nodeColumns.length) return { columns: [...columns], rows: [...rows], nodeColumns };
  const out = columns.flatMap((c) => (nodeColumns.includes(c) ? [c, ...shown.map((m) => measureColumn(c, m))] : [c]));
  const filled = rows.map((row) => {
    const extra: Row = {};
    for (const c of nodeColumns) {
      const key = nodeKeyOf(row[c]);
      for (const m of shown) extra[measureColumn(c, m)] = key === null ? null : (measures.valueOf(m, key) ?? null);
    }
    return { ...row, ...extra };
  });
  return { columns: out, rows: filled, nodeColumns };
}

/** "Columns 8 of 15": a checkbox per column, so a wide result can be cut down to what the reader needs. */
function columnChooser(
  all: readonly string[],
  hidden: readonly string[],
  onToggle: (column: string) => void,
  measures: TableMeasures | null,
) {
  const boxes = all.map((column) => {
    const box = h("input", { type: "checkbox", "data-column": column });
    box.checked = !hidden.includes(column);
    box.addEventListener("change", () => onToggle(column));
    return h("label", { class: "check" }, box, column);
  });
  const measureBoxes = measures
    ? NETWORK_MEASURES.map((measure) => {
        const box = h("input", { type: "checkbox", "data-measure": measure });
        box.checked = measures.shown.includes(measure);
        box.addEventListener("change", () => measures.onToggle(measure));
        const busy = measures.computing.includes(measure) ? " (computing…)" : "";
        return h("label", { class: "check" }, box, MEASURE_TITLES[measure] + busy);
      })
    : [];
  const shown = all.length - hidden.filter((c) => all.includes(c)).length;
  const chooser = h(
    "details",
    { class: "column-chooser", "data-testid": "column-chooser" },
    h("summary", {}, `Columns ${shown} of ${all.length}`),
    h("div", { class: "column-list" }, ...boxes),
    measureBoxes.length
      ? h(
          "div",
          { class: "column-list", role: "group", "aria-label": "Network measures of each node (graph in view)" },
          h("span", { class: "muted" }, "Network measures of each node:"),
          ...measureBoxes,
        )
      : "",
  );
  // Re-rendered on every toggle: stay open while the reader picks.
  chooser.open = document.activeElement?.closest(".column-chooser") != null;
  return chooser;
}

export function renderResultsTable(
  payload: GraphPayload,
  sort: SortState,
  onSort: (column: string) => void,
  options: TableOptions,
): HTMLElement {
  const own = payload.columns ?? Object.keys(payload.rows?.[0] ?? {});
  const measured = withMeasures(own, payload.rows ?? [], options.measures);
  const all = measured.columns;
  const columns = all.filter((column) => !options.hidden.includes(column));
  const rows = sortRows(measured.rows, sort);
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  const body = shown.map((row) =>
    h(
      "tr",
      {},
      ...columns.map((column) => {
        const value = row[column];
        const text = formatCell(value, column, row, options.locale);
        const numeric = typeof value === "number";
        return h(
          "td",
          {
            class: numeric ? "num" : text.length > 24 ? "long" : null,
            lang: /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? "ja" : null,
            // The raw number, for sorting checks and copying; the cell shows it formatted.
            "data-value": numeric ? String(value) : null,
          },
          text,
        );
      }),
    ),
  );
  const table = h(
    "table",
    { class: "results-table", "data-testid": "results-table" },
    h("caption", { class: "sr-only" }, "Query result; column headers sort the rows"),
    h("thead", {}, h("tr", {}, ...columns.map((c) => header(c, sort, onSort)))),
    h("tbody", {}, ...body),
  );
  const more =
    rows.length > shown.length
      ? h(
          "p",
          { class: "muted" },
          `Showing the first ${shown.length} of ${rows.length} rows; the CSV and JSON downloads hold them all.`,
        )
      : null;
  return h(
    "div",
    { class: "results-table-box" },
    columnChooser(
      all,
      options.hidden,
      options.onToggle,
      measured.nodeColumns.length ? (options.measures ?? null) : null,
    ),
    h("div", { class: "table-scroll", tabindex: 0, role: "region", "aria-label": "Result table" }, table, more ?? ""),
  );
}
