// CSV and JSON downloads of a query result, made in the page from the rows already received.
import { fileSlug, toCsv } from "../lib/export/index.ts";
import { sourceTitle, type ResultState } from "../core/result/index.ts";
import { downloadFile } from "../lib/download.ts";
import { h } from "../lib/dom.ts";

type Ready = Extract<ResultState, { status: "ready" }>;

function baseName(state: Ready): string {
  return state.source.kind === "saved" ? state.source.name : fileSlug(sourceTitle(state.source), "cypher-result");
}

/** The UTF-8 byte order mark makes spreadsheet programs read the Japanese quotes correctly. */
const BOM = "\uFEFF";

export function resultDownloads(state: Ready): HTMLButtonElement[] {
  const columns = state.payload.columns ?? Object.keys(state.payload.rows?.[0] ?? {});
  const csv = h("button", { type: "button", class: "tool-button", "data-testid": "download-csv" }, "CSV");
  csv.setAttribute("aria-label", "Download the table as CSV");
  csv.addEventListener("click", () =>
    downloadFile({
      name: `${baseName(state)}.csv`,
      type: "text/csv;charset=utf-8",
      content: BOM + toCsv(columns, state.payload.rows ?? []),
    }),
  );
  const json = h("button", { type: "button", class: "tool-button", "data-testid": "download-json" }, "JSON");
  json.setAttribute("aria-label", "Download the result as JSON");
  json.addEventListener("click", () =>
    downloadFile({
      name: `${baseName(state)}.json`,
      type: "application/json",
      content: `${JSON.stringify({ source: state.source, ...state.payload }, null, 2)}\n`,
    }),
  );
  return [csv, json];
}
