// Pure writers: RFC 4180 CSV of a result table, and safe file names.
import { cellText, type Row } from "../table/index.ts";

/** Quotes a field only when it must (comma, quote, line break, or edge spaces a spreadsheet would trim). */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: CRLF line ends, a header row, every row with every column (missing cells empty). */
export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(cellText(row[column]))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** "Who invested how much?" → "who-invested-how-much"; keeps CJK letters, never returns an empty name. */
export function fileSlug(text: string, fallback = "result"): string {
  const slug = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}
