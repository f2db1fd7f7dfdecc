import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeUrlState, encodeUrlState, urlStateOf, type LinkView } from "../../../src/client/lib/url-state/index.ts";

const view = (overrides: Partial<LinkView> = {}): LinkView => ({
  nodes: ["jack-ma", "joe-tsai"],
  initial: null,
  selected: "jack-ma",
  path: null,
  language: "en",
  hiddenCategories: [],
  ...overrides,
});

test("a view encodes to a readable query string and decodes back to the same state", () => {
  const state = urlStateOf(
    view({ path: { from: "jack-ma", to: "apple", route: 7 }, language: "ja", hiddenCategories: ["Event", "Place"] }),
  );
  const search = encodeUrlState(state);
  assert.equal(search, "?nodes=jack-ma,joe-tsai&sel=jack-ma&path=jack-ma,apple&route=8&lang=ja&off=Event,Place");
  assert.deepEqual(decodeUrlState(search), { state, problems: [] });
  assert.deepEqual(decodeUrlState(encodeUrlState(decodeUrlState(search).state)).state, state);
});

test("no key means the whole-graph first view; an empty nodes= is an empty start", () => {
  assert.deepEqual(decodeUrlState(""), { state: {}, problems: [] });
  assert.equal(encodeUrlState({}), "");
  assert.deepEqual(decodeUrlState("?nodes=").state, { nodes: [] });
  assert.equal(encodeUrlState(urlStateOf(view({ nodes: [], selected: null }))), "?nodes=");
});

test("relative to the first view the link lists only the changes, or the nodes when that is shorter", () => {
  const initial = ["a", "b", "c", "d", "e"];
  assert.equal(encodeUrlState(urlStateOf(view({ initial, nodes: initial, selected: null }))), "");
  assert.equal(
    encodeUrlState(urlStateOf(view({ initial, nodes: ["a", "b", "c", "e", "x"], selected: null }))),
    "?add=x&hide=d",
  );
  assert.equal(encodeUrlState(urlStateOf(view({ initial, nodes: ["a"], selected: null }))), "?nodes=a");
});

test("elementIds of nodes without a slug survive the round trip", () => {
  const state = urlStateOf(view({ nodes: ["4:1b0d:12", "jack-ma"], selected: "4:1b0d:12" }));
  const search = encodeUrlState(state);
  assert.equal(search, "?nodes=4:1b0d:12,jack-ma&sel=4:1b0d:12");
  assert.deepEqual(decodeUrlState(search).state, state);
});

test("bad values are named and dropped one by one; the rest of the link still counts", () => {
  const { state, problems } = decodeUrlState(
    "?nodes=jack-ma,<script>&sel=apple&lang=fr&route=0&path=only-one&off=Event",
  );
  assert.deepEqual(state, { sel: "apple", off: ["Event"] });
  assert.equal(problems.length, 4);
  for (const key of ["nodes", "lang", "route", "path"])
    assert.ok(
      problems.some((p) => p.includes(`"${key}"`)),
      key,
    );
  assert.match(problems.find((p) => p.includes('"path"')) ?? "", /two node ids/);
});

test("keys other features own are kept verbatim; a repeated key is reported", () => {
  const decoded = decodeUrlState("?embed=1&sel=qwen&query=routes-between&sel=apple");
  assert.deepEqual(decoded.state, {
    sel: "qwen",
    extra: [
      ["embed", "1"],
      ["query", "routes-between"],
    ],
  });
  assert.equal(decoded.problems.length, 1);
  assert.equal(
    encodeUrlState(urlStateOf(view({ nodes: ["qwen"], selected: "qwen" }), decoded.state.extra)),
    "?nodes=qwen&sel=qwen&embed=1&query=routes-between",
  );
});

test("oversized input is refused, not truncated", () => {
  const many = Array.from({ length: 2_001 }, (_, i) => `n${i}`).join(",");
  const { state, problems } = decodeUrlState(`?nodes=${many}`);
  assert.deepEqual(state, {});
  assert.equal(problems.length, 1);
});

test("the as-of date rides in the link as asof=, and a date that is not one is ignored with the reason", () => {
  const search = encodeUrlState(urlStateOf(view({ asOf: "2023-06" })));
  assert.equal(search, "?nodes=jack-ma,joe-tsai&sel=jack-ma&asof=2023-06");
  assert.equal(decodeUrlState(search).state.asof, "2023-06");
  assert.equal(encodeUrlState(urlStateOf(view({ asOf: null }))), "?nodes=jack-ma,joe-tsai&sel=jack-ma");
  const bad = decodeUrlState("?asof=2023-13");
  assert.equal(bad.state.asof, undefined);
  assert.match(bad.problems[0] ?? "", /Ignored "asof" in the link: must be a date/);
});

test("a path's through stop and the Cypher editor's text round-trip through the link", () => {
  const cypher = "MATCH (p:Person {id: 'jack-ma'})-[r]->(o) RETURN p, r, o LIMIT 5";
  const state = urlStateOf(view({ path: { from: "jack-ma", to: "apple", route: 3, via: "eddie-wu" }, cypher }));
  const search = encodeUrlState(state);
  assert.match(search, /path=jack-ma,apple&route=4&via=eddie-wu/);
  const decoded = decodeUrlState(search);
  assert.deepEqual(decoded, { state, problems: [] });
  assert.equal(decoded.state.cypher, cypher);
  assert.equal(urlStateOf(view({ path: { from: "a", to: "b", route: 0, via: null }, cypher: null })).via, undefined);
  assert.match(decodeUrlState("?via=%3Cscript%3E").problems[0] ?? "", /via/, "a malformed stop is named");
});

test("the path finder's route order rides in the link, and only when it is not the default", () => {
  const stated = urlStateOf(view({ path: { from: "jack-ma", to: "apple", route: 0, via: null, order: "stated" } }));
  const search = encodeUrlState(stated);
  assert.match(search, /path=jack-ma,apple&route=1&order=stated/);
  assert.deepEqual(decodeUrlState(search), { state: stated, problems: [] });
  const shortest = urlStateOf(view({ path: { from: "a", to: "b", route: 0, via: null, order: "shortest" } }));
  assert.equal(shortest.order, undefined);
  assert.match(decodeUrlState("?order=loudest").problems[0] ?? "", /Ignored "order"/, "an unknown order is named");
});
