// The compact wire form reads back to exactly the JSON form, is smaller, and refuses what does not hold together.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  CompactGraphError,
  CompactGraphSchema,
  fromCompactGraph,
  graphAnswer,
  parseSnapshot,
  toCompactGraph,
  type GraphPayload,
} from "../../src/shared/index.ts";

const snapshot = parseSnapshot(
  JSON.parse(readFileSync(new URL("../fixtures/article-snapshot.json", import.meta.url), "utf8")),
);
const article: GraphPayload = {
  nodes: snapshot.nodes,
  relationships: snapshot.relationships,
  summary: { resultAvailableAfterMs: 3, capped: false, timedOut: false, rowCount: 1 },
};

test("the article graph goes compact and back unchanged: ids, labels, types, every property in its order", () => {
  const compact = CompactGraphSchema.parse(JSON.parse(JSON.stringify(toCompactGraph(article))));
  const back = fromCompactGraph(compact);
  assert.deepEqual(back, article);
  assert.deepEqual(
    back.nodes.map((n) => Object.keys(n.properties)),
    article.nodes.map((n) => Object.keys(n.properties)),
    "property order kept",
  );
  assert.ok(compact.types.length < article.relationships.length, "each type is named once");
  assert.ok(JSON.stringify(compact).length < JSON.stringify(article).length, "smaller than the JSON form");
});

test("database element ids share their prefix; ends outside the nodes, repeated nodes and odd keys survive", () => {
  const prefix = "4:0c4f7a2e-8f1b-4a59-9d55-1f0f7e3c2b11:";
  const payload: GraphPayload = {
    nodes: [
      { id: `${prefix}1`, labels: ["Person", "Entity"], properties: { name: "A", __proto__x: 1 } },
      { id: `${prefix}2`, labels: ["Person", "Entity"], properties: JSON.parse('{"__proto__": {"x": 1}, "n": null}') },
      { id: `${prefix}1`, labels: ["Person", "Entity"], properties: {} },
      { id: "no-colon", labels: [], properties: { list: [1, "two", [3]] } },
    ],
    relationships: [
      { id: `5:${prefix.slice(2)}7`, type: "KNOWS", start: `${prefix}1`, end: `${prefix}9`, properties: {} },
      { id: "r", type: "KNOWS", start: "elsewhere", end: "no-colon", properties: { at: "2024-01-01" } },
    ],
    summary: { resultAvailableAfterMs: 0, capped: true, timedOut: false, rowCount: 6 },
  };
  const compact = toCompactGraph(payload);
  assert.equal(compact.labelSets.length, 2, "one label set for the three persons, one empty");
  assert.deepEqual(compact.outside.rest, ["9", "elsewhere"]);
  const back = fromCompactGraph(CompactGraphSchema.parse(JSON.parse(JSON.stringify(compact))));
  assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(payload)));
  assert.equal(Object.getPrototypeOf(back.nodes[1]!.properties), Object.prototype, "__proto__ stays a property");
  assert.deepEqual(Object.keys(back.nodes[1]!.properties), ["__proto__", "n"]);
  assert.equal(graphAnswer(compact).relationships[1]!.start, "elsewhere");
  assert.equal(graphAnswer(payload), payload, "the JSON form passes through");
});

test("a compact graph that does not hold together says where", () => {
  const compact = toCompactGraph(article);
  const pastTable = structuredClone(compact);
  pastTable.relationships.type[0] = compact.types.length;
  assert.throws(() => fromCompactGraph(pastTable), CompactGraphError);
  assert.throws(() => fromCompactGraph(pastTable), /relationship 0's type: index \d+ is past its table/);
  const short = structuredClone(compact);
  short.nodes.labelSet.pop();
  assert.throws(() => fromCompactGraph(short), /nodes: columns of unequal length/);
  const odd = structuredClone(compact);
  odd.nodes.properties[2]!.push(0);
  assert.throws(() => fromCompactGraph(odd), /node 2: properties come in key-value pairs/);
  const badEnd = structuredClone(compact);
  badEnd.relationships.end[1] = compact.nodes.id.rest.length + compact.outside.rest.length;
  assert.throws(() => fromCompactGraph(badEnd), /relationship 1's end/);
});
