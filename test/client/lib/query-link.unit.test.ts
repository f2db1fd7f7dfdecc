// A saved query's run in a link: written and read back, bad parts dropped, parameters coerced by their types.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isQueryLinkKey, queryLinkPairs, readQueryLink } from "../../../src/client/lib/url-state/index.ts";
import { paramsFromLink } from "../../../src/client/lib/query-form/index.ts";
import type { SavedQueryParam } from "../../../src/shared/index.ts";

test("query, parameters and table order survive a round trip through the address bar", () => {
  const pairs = queryLinkPairs(
    "investments-above-yen",
    { minYen: 2e12, withNotes: true },
    {
      column: "amountJpy",
      direction: "desc",
    },
  );
  const search = `?${new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString()}`;
  assert.deepEqual(readQueryLink(search), {
    name: "investments-above-yen",
    params: { minYen: "2000000000000", withNotes: "true" },
    sort: { column: "amountJpy", direction: "desc" },
  });
  assert.ok(pairs.every(([key]) => isQueryLinkKey(key)));
  assert.equal(isQueryLinkKey("nodes"), false);
});

test("a malformed name means no query; malformed sort and parameter names are dropped", () => {
  assert.equal(readQueryLink("?query=DROP%20ALL"), null);
  assert.deepEqual(readQueryLink("?query=timeline&sort=nonsense&p.bad-name=1&p.year=2024"), {
    name: "timeline",
    params: { year: "2024" },
    sort: null,
  });
});

test("link parameters are coerced by type; a bad one falls back to the default and says so", () => {
  const params: SavedQueryParam[] = [
    { name: "minYen", type: "number", default: 1e12, example: 5e12, description: "" },
    { name: "limit", type: "integer", default: 10, example: 5, description: "" },
  ] as SavedQueryParam[];
  const { params: values, problems } = paramsFromLink(params, { minYen: "2_000_000_000_000", limit: "ten" });
  assert.deepEqual(values, { minYen: 2e12, limit: 10 });
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /limit.*not a whole number.*default/);
});
