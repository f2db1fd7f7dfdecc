// The result as a table: one column per RETURN item, headers sort on click (or Enter/Space), aria-sort says how.
import type { GraphPayload } from "../../shared/index.ts";
import { cellText, sortRows, type SortState } from "../lib/table/index.ts";
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

export function renderResultsTable(
  payload: GraphPayload,
  sort: SortState,
  onSort: (column: string) => void,
): HTMLElement {
  const columns = payload.columns ?? Object.keys(payload.rows?.[0] ?? {});
  const rows = sortRows(payload.rows ?? [], sort);
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  const body = shown.map((row) =>
    h(
      "tr",
      {},
      ...columns.map((column) => {
        const value = row[column];
        const text = cellText(value);
        return h(
          "td",
          {
            class: typeof value === "number" ? "num" : null,
            lang: /[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? "ja" : null,
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
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": "Result table" },
    table,
    more ?? "",
  );
}
