// A result as RFC 4180 CSV (quoted where needed, CRLF line ends), so spreadsheets open it as is.
import type { GraphPayload } from "../../shared/index.ts";
import { cellFormatter } from "./format-cell.ts";

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(payload: GraphPayload): string {
  const columns = payload.columns ?? [];
  const format = cellFormatter(payload, { groupDigits: false });
  const lines = [columns, ...(payload.rows ?? []).map((row) => columns.map((c) => format(row[c])))];
  return lines.map((cells) => cells.map(csvField).join(",")).join("\r\n") + "\r\n";
}
