// Pure table helpers: readable text for nodes, relationships and paths in cells, and a stable sort.
import { FACT_KINDS, factKind, type JsonValue } from "../../../shared/index.ts";
import type { Row, SortState } from "./types.ts";

type JsonObject = { [key: string]: JsonValue };

const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function nodeName(value: JsonValue | undefined): string {
  if (!isObject(value)) return "?";
  const props = isObject(value.properties) ? value.properties : {};
  const name = props.name ?? props.title ?? props.id ?? value.id;
  return typeof name === "string" ? name : "?";
}

/** A relationship as :TYPE, with its kind after it unless the source states it (so tables and CSV tell them apart). */
function relationshipText(value: JsonObject & { type: string }): string {
  const kind = factKind(isObject(value.properties) ? value.properties : {});
  return kind === "stated" ? `:${value.type}` : `:${value.type} (${FACT_KINDS[kind].mark})`;
}

/** Nodes read as their name, relationships as :TYPE (and their kind), paths as their ends and hop count; lists are comma-joined. */
export function cellText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  if (Array.isArray(value.labels) && isObject(value.properties)) return nodeName(value);
  if (typeof value.type === "string" && typeof value.start === "string" && typeof value.end === "string")
    return relationshipText(value as JsonObject & { type: string });
  if (Array.isArray(value.segments) && isObject(value.start)) {
    const hops = value.segments.length;
    return `${nodeName(value.start)} → ${nodeName(value.end)} (${hops} ${hops === 1 ? "hop" : "hops"})`;
  }
  return JSON.stringify(value);
}

/** Numbers by value, booleans false first, everything else as text with numeric parts in order (item 2 < item 10). */
export function compareCells(a: JsonValue | undefined, b: JsonValue | undefined): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return cellText(a).localeCompare(cellText(b), undefined, { numeric: true, sensitivity: "base" });
}

const isBlank = (value: JsonValue | undefined) => value === null || value === undefined || value === "";

/** A sorted copy; empty cells always go last, so "desc" still shows real values first. Ties keep the query's order. */
export function sortRows(rows: readonly Row[], sort: SortState): Row[] {
  if (sort === null) return [...rows];
  const sign = sort.direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = x.row[sort.column];
      const b = y.row[sort.column];
      if (isBlank(a) !== isBlank(b)) return isBlank(a) ? 1 : -1;
      return sign * compareCells(a, b) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/** Header clicks cycle ascending → descending → the query's own order. */
export function nextSort(current: SortState, column: string): SortState {
  if (current?.column !== column) return { column, direction: "asc" };
  return current.direction === "asc" ? { column, direction: "desc" } : null;
}
