// The comparison itself, on versions built in memory: each kind of change, matching by key, and what is not a change.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compareVersions, formatDiffText } from "../../src/graph-diff/index.ts";
import type { GraphVersion, VersionNode, VersionRelationship } from "../../src/graph-diff/index.ts";
import { nodeKey } from "../../src/graph-diff/node-key.ts";
import { GraphDiffSchema, type Properties } from "../../src/shared/index.ts";

const node = (labels: string[], properties: Properties, keyProperties = ["id"]): VersionNode => ({
  key: String(properties.id),
  keyProperties,
  labels,
  properties,
});
const rel = (start: string, type: string, end: string, properties: Properties = {}): VersionRelationship => ({
  start,
  type,
  end,
  properties,
});
const version = (source: string, nodes: VersionNode[], relationships: VersionRelationship[]): GraphVersion => ({
  source,
  nodes: new Map(nodes.map((n) => [n.key, n])),
  relationships,
  keys: ["id"],
});

const q = (quote: string, more: Properties = {}) => ({ quote, source: "article", ...more });

const a = version(
  "v1",
  [
    node(["Company"], { id: "alibaba", name: "Alibaba", founded: 1999 }),
    node(["Company"], { id: "moonshot", name: "Moonshot" }),
    node(["Company"], { id: "zhipu", name: "Zhipu" }),
    node(["Model"], { id: "qwen", name: "Qwen", released: 2023 }),
  ],
  [
    rel("alibaba", "INVESTED_IN", "moonshot", q("put 800 million", { amount: 800 })),
    rel("alibaba", "RIVAL_OF", "zhipu", q("competes")),
    rel("alibaba", "DEVELOPS", "qwen", q("develops Qwen")),
  ],
);
const b = version(
  "v2",
  [
    node(["Company"], { id: "alibaba", name: "Alibaba", founded_year: 1999 }),
    node(["Company"], { id: "moonshot", name: "Moonshot" }),
    node(["Company"], { id: "zhipu", name: "Zhipu" }),
    node(["Model"], { id: "tongyi-qwen", name: "Qwen", released: 2023 }),
  ],
  [
    rel("alibaba", "INVESTED_IN", "moonshot", q("put 800 million", { amount: 1000 })),
    rel("alibaba", "INVESTED_IN", "zhipu", q("put 400 million", { amount: 400 })),
    rel("alibaba", "DEVELOPS", "tongyi-qwen", q("develops Qwen")),
  ],
);

test("a renamed property is one rename with its value, not a removal and an addition", () => {
  const diff = compareVersions(a, b);
  const alibaba = diff.nodes.find((n) => n.key === "alibaba");
  assert.equal(alibaba?.change, "changed");
  assert.deepEqual(alibaba?.propertyChanges, [
    { change: "renamed", property: "founded_year", previousProperty: "founded", after: 1999 },
  ]);
});

test("a changed amount is reported on its relationship, property by property, with its quote", () => {
  const diff = compareVersions(a, b);
  const changed = diff.relationships.filter((r) => r.change === "changed");
  assert.equal(changed.length, 1);
  assert.deepEqual(changed[0]?.propertyChanges, [{ change: "changed", property: "amount", before: 800, after: 1000 }]);
  assert.equal(changed[0]?.properties.quote, "put 800 million");
  assert.match(formatDiffText(diff), /~ amount: 800 → 1000\n {4}quote: «put 800 million» \(article\)/);
});

test("a removed and an added relationship keep their quotes", () => {
  const diff = compareVersions(a, b);
  const removed = diff.relationships.filter((r) => r.change === "removed");
  const added = diff.relationships.filter((r) => r.change === "added");
  assert.deepEqual(
    removed.map((r) => [r.start, r.type, r.end, r.properties.quote]),
    [["alibaba", "RIVAL_OF", "zhipu", "competes"]],
  );
  assert.deepEqual(
    added.map((r) => [r.start, r.type, r.end, r.properties.quote]),
    [["alibaba", "INVESTED_IN", "zhipu", "put 400 million"]],
  );
});

test("a node whose key changed is rekeyed, and its relationships follow it unchanged", () => {
  const diff = compareVersions(a, b);
  const qwen = diff.nodes.filter((n) => n.key === "tongyi-qwen" || n.key === "qwen");
  assert.deepEqual(
    qwen.map((n) => [n.change, n.previousKey, n.key]),
    [["rekeyed", "qwen", "tongyi-qwen"]],
  );
  assert.equal(
    diff.relationships.some((r) => r.type === "DEVELOPS"),
    false,
  );
  assert.deepEqual(diff.summary, {
    nodes: { added: 0, removed: 0, changed: 1, rekeyed: 1 },
    relationships: { added: 1, removed: 1, changed: 1 },
  });
});

test("the result is a valid diff file, and the page gets the unchanged ends it needs to draw each fact", () => {
  const diff = GraphDiffSchema.parse(JSON.parse(JSON.stringify(compareVersions(a, b))));
  assert.deepEqual(Object.keys(diff.ends).sort(), ["moonshot", "zhipu"]);
  assert.deepEqual(diff.ends.zhipu, { labels: ["Company"], properties: { id: "zhipu", name: "Zhipu" } });
});

test("the same graph twice, relationships in another order, is no difference", () => {
  const shuffled = version("again", [...a.nodes.values()].reverse(), [...a.relationships].reverse());
  const diff = compareVersions(a, shuffled);
  assert.equal(diff.nodes.length + diff.relationships.length, 0);
  assert.match(formatDiffText(diff), /No difference\./);
});

test("two relationships with the same ends and type pair equal ones first, then the rest as changed", () => {
  const ends = [node(["C"], { id: "x" }), node(["C"], { id: "y" })];
  const before = version("1", ends, [rel("x", "PAID", "y", { amount: 1 }), rel("x", "PAID", "y", { amount: 2 })]);
  const after = version("2", ends, [rel("x", "PAID", "y", { amount: 2 }), rel("x", "PAID", "y", { amount: 3 })]);
  const diff = compareVersions(before, after);
  assert.deepEqual(
    diff.relationships.map((r) => [r.change, r.propertyChanges]),
    [["changed", [{ change: "changed", property: "amount", before: 1, after: 3 }]]],
  );
});

test("a node gone with no look-alike is removed, with every property it had", () => {
  const before = version("1", [node(["C"], { id: "x", name: "X" })], []);
  const after = version("2", [node(["C"], { id: "y", name: "Y" })], []);
  const diff = compareVersions(before, after);
  assert.deepEqual(
    diff.nodes.map((n) => [n.change, n.key, n.propertyChanges.map((c) => c.change)]),
    [
      ["added", "y", ["added", "added"]],
      ["removed", "x", ["removed", "removed"]],
    ],
  );
});

test("keys: the id slug first, else a key constraint the scripts declare, else the content", () => {
  const constraints = new Map([["Person", [["name"]]]]);
  assert.equal(nodeKey(["Person"], { id: "jack-ma", name: "Jack Ma" }, constraints).key, "jack-ma");
  assert.deepEqual(nodeKey(["Person"], { name: "Ursula K. Le Guin", born: 1929 }, constraints), {
    key: "Person(name=Ursula K. Le Guin)",
    keyProperties: ["name"],
    rule: "Person.name",
  });
  const unkeyed = nodeKey(["Film"], { title: "Totoro", released: 1988 }, constraints);
  assert.equal(unkeyed.rule, "");
  assert.equal(unkeyed.key, nodeKey(["Film"], { released: 1988, title: "Totoro" }, constraints).key);
});
