// A saved query's run in a link: query=<name>, one p.<param>=<value> per parameter, and sort=<column>:<asc|desc> for
// the table's order. The view's node keys are left out then: reopening runs the query over the same first view, so
// the result comes back with the same nodes in the same places.
import type { SavedQueryValue } from "../../../shared/index.ts";
import type { SortState } from "../table/index.ts";

const QUERY = "query";
const PARAM = "p.";
const SORT = "sort";
const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface QueryLink {
  name: string;
  /** As written in the link; the query's parameter types coerce them (lib/query-form). */
  params: Record<string, string>;
  sort: SortState;
}

/** Keys the query link owns: the address bar rewrites them from the result, never carries stale ones along. */
export function isQueryLinkKey(key: string): boolean {
  return key === QUERY || key === SORT || key.startsWith(PARAM);
}

export function queryLinkPairs(
  name: string,
  params: Record<string, SavedQueryValue>,
  sort: SortState,
): Array<readonly [string, string]> {
  return [
    [QUERY, name],
    ...Object.entries(params).map(([key, value]) => [`${PARAM}${key}`, String(value)] as const),
    ...(sort ? [[SORT, `${sort.column}:${sort.direction}`] as const] : []),
  ];
}

/** Null without a well-formed query name; malformed parameters and sort are dropped. */
export function readQueryLink(search: string): QueryLink | null {
  const url = new URLSearchParams(search);
  const name = url.get(QUERY);
  if (name === null || !NAME.test(name)) return null;
  const params: Record<string, string> = {};
  for (const [key, value] of url) {
    const param = key.slice(PARAM.length);
    if (key.startsWith(PARAM) && PARAM_NAME.test(param) && value.length <= 1_000) params[param] = value;
  }
  const sort = /^([^:]{1,200}):(asc|desc)$/.exec(url.get(SORT) ?? "");
  return { name, params, sort: sort ? { column: sort[1]!, direction: sort[2] as "asc" | "desc" } : null };
}
