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
import { packInts, unpackInts } from "../../src/shared/packed-ints.ts";

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
  assert.deepEqual(compact.outside.rest, [9, "elsewhere"], "a plain whole-number tail goes as a number");
  const back = fromCompactGraph(CompactGraphSchema.parse(JSON.parse(JSON.stringify(compact))));
  assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(payload)));
  assert.equal(Object.getPrototypeOf(back.nodes[1]!.properties), Object.prototype, "__proto__ stays a property");
  assert.deepEqual(Object.keys(back.nodes[1]!.properties), ["__proto__", "n"]);
  assert.equal(graphAnswer(compact).relationships[1]!.start, "elsewhere");
  assert.equal(graphAnswer(payload), payload, "the JSON form passes through");
});

/** A packed column with its numbers changed by `change`. */
const repack = (text: string, change: (values: number[]) => void): string => {
  const values = unpackInts(text);
  change(values);
  return packInts(values);
};

test("a compact graph that does not hold together says where", () => {
  const compact = toCompactGraph(article);
  const pastTable = structuredClone(compact);
  pastTable.relationships.type = packInts(unpackInts(compact.relationships.start).map((_, i) => (i === 0 ? 99 : 0)));
  assert.ok(compact.types.length < 99);
  assert.throws(() => fromCompactGraph(pastTable), CompactGraphError);
  assert.throws(() => fromCompactGraph(pastTable), /relationship 0's type: index \d+ is past its table/);
  const short = structuredClone(compact);
  assert.equal(typeof short.nodes.labelSet, "string", "the article's nodes have several label sets");
  short.nodes.labelSet = repack(short.nodes.labelSet as string, (v) => v.pop());
  assert.throws(() => fromCompactGraph(short), /node label sets: \d+ values for \d+ elements/);
  const shortColumn = structuredClone(compact);
  const firstColumn = shortColumn.nodes.columns[0]!;
  assert.ok(firstColumn.kind !== "joined", "the first column carries values");
  if (typeof firstColumn.values === "string") firstColumn.values = repack(firstColumn.values, (v) => v.pop());
  else firstColumn.values.pop();
  assert.throws(() => fromCompactGraph(shortColumn), /node property \w+: \d+ values for \d+ elements/);
  const lostColumn = structuredClone(compact);
  lostColumn.nodes.columns.shift();
  assert.throws(() => fromCompactGraph(lostColumn), /node 0: property \w+ has no column/);
  const badEnd = structuredClone(compact);
  const countOf = (rest: string | unknown[]) => (typeof rest === "string" ? unpackInts(rest).length : rest.length);
  const endCount = countOf(compact.nodes.id.rest) + countOf(compact.outside.rest);
  badEnd.relationships.end = repack(compact.relationships.end, (v) => (v[1] = endCount));
  assert.throws(() => fromCompactGraph(badEnd), /relationship 1's end/);
  const badEnum = structuredClone(compact);
  const enumColumn = badEnum.relationships.columns.find((c) => c.kind === "enum");
  assert.ok(enumColumn?.kind === "enum", "the article's sources repeat: an enum column");
  enumColumn.values = repack(enumColumn.values, (v) => (v[0] = enumColumn.table.length));
  assert.throws(() => fromCompactGraph(badEnum), /relationship property \w+'s value 0: index \d+ is past its table/);
});

test("packed columns: rising, falling, huge and odd id tails read back; a broken column is named", () => {
  const prefix = "5:db:";
  const tails = [7, 8, 9, 3, 0, 1_000_000_000_000, 999_999_999_999_999, 12, 12];
  const node = (id: string) => ({ id, labels: ["A"], properties: {} });
  const payload: GraphPayload = {
    nodes: [node("4:db:2"), node("4:db:1"), node("4:db:900719925474099")],
    relationships: tails.map((tail, i): GraphPayload["relationships"][number] => ({
      id: `${prefix}${tail}`,
      type: i % 2 ? "B" : "A",
      start: `4:db:${[2, 1, 900719925474099][i % 3]}`,
      end: `4:db:${[1, 900719925474099, 2][i % 3]}`,
      properties: i % 3 ? { year: 2000 - i * 1000, at: -i } : { big: 2 ** 53 + 2 },
    })),
    summary: { resultAvailableAfterMs: 0, capped: false, timedOut: false, rowCount: 0 },
  };
  const compact = CompactGraphSchema.parse(JSON.parse(JSON.stringify(toCompactGraph(payload))));
  assert.equal(typeof compact.relationships.id.rest, "string", "whole-number tails are packed");
  assert.deepEqual(unpackInts(compact.relationships.id.rest as string), tails);
  const kinds = Object.fromEntries(compact.relationships.columns.map((c) => [compact.keys[c.key], c.kind]));
  assert.deepEqual(kinds, { big: "number", year: "ints", at: "ints" }, "whole numbers packed, 2^53 + 2 as is");
  const year = compact.relationships.columns.find((c) => compact.keys[c.key] === "year");
  assert.ok(year?.kind === "ints");
  assert.equal(unpackInts(year.values).length, 6, "an element without the key takes no slot");
  assert.deepEqual(fromCompactGraph(compact), payload);

  // Tails past 15 digits, with a sign or a leading zero stay text: the column is sent one value per element.
  const odd = structuredClone(payload);
  odd.relationships[0]!.id = `${prefix}12345678901234567890`;
  odd.relationships[1]!.id = `${prefix}-5`;
  odd.relationships[2]!.id = `${prefix}007`;
  const oddCompact = toCompactGraph(odd);
  assert.deepEqual((oddCompact.relationships.id.rest as unknown[]).slice(0, 4), [
    "12345678901234567890",
    "-5",
    "007",
    3,
  ]);
  assert.deepEqual(fromCompactGraph(CompactGraphSchema.parse(JSON.parse(JSON.stringify(oddCompact)))), odd);

  const broken = structuredClone(compact);
  broken.relationships.start = "AC!A";
  assert.throws(() => fromCompactGraph(broken), /relationship starts: character 2 \("!"\) is no base-64 digit/);
  broken.relationships.start = "AAg";
  assert.throws(() => fromCompactGraph(broken), /relationship starts: the text ends inside a number/);
  broken.relationships.start = "AAA";
  assert.throws(() => fromCompactGraph(broken), /relationship starts: 3 values for 9 elements/);
  const brokenIds = structuredClone(compact);
  brokenIds.nodes.id.rest = "é";
  assert.throws(() => fromCompactGraph(brokenIds), /node ids: character 0/);
});

test("each property key is one typed column; absent keys, nulls and mixed values keep their place", () => {
  const payload: GraphPayload = {
    nodes: [
      { id: "4:db:1", labels: ["A"], properties: { name: "x", n: 1, ok: true, tags: ["a", "b"], tagText: "a | b" } },
      { id: "4:db:2", labels: ["A"], properties: { src: "s", name: "y", mixed: "two", nothing: null, mixed2: 1 } },
      { id: "4:db:3", labels: ["A"], properties: { n: 2.5, src: "s", tags: [], tagText: "", mixed: { deep: [1] } } },
      { id: "4:db:4", labels: ["A"], properties: { src: "s", name: "z", src2: "s", mixed2: "1" } },
      { id: "4:db:6", labels: ["A"], properties: { src: "s", src2: "s", tags: ["c"], tagText: "c" } },
      { id: "4:db:7", labels: ["A"], properties: { src: "s", src2: "t" } },
      { id: "4:db:05", labels: ["A"], properties: {} },
    ],
    relationships: [],
    summary: { resultAvailableAfterMs: 0, capped: false, timedOut: false, rowCount: 7 },
  };
  const compact = CompactGraphSchema.parse(JSON.parse(JSON.stringify(toCompactGraph(payload))));
  const kinds = Object.fromEntries(compact.nodes.columns.map((c) => [compact.keys[c.key], c.kind]));
  assert.deepEqual(kinds, {
    name: "string",
    n: "number",
    ok: "boolean",
    tags: "strings",
    tagText: "joined",
    mixed: "json",
    mixed2: "json",
    src: "enum",
    src2: "string",
    nothing: "json",
  });
  assert.deepEqual(compact.nodes.id.rest, [1, 2, 3, 4, 6, 7, "05"], "a tail with a leading zero stays text");
  assert.equal(compact.nodes.id.prefix, 0, "one shared prefix is sent once");
  assert.equal(compact.nodes.labelSet, 0, "one shared label set is sent once");
  const back = fromCompactGraph(compact);
  assert.deepEqual(back, payload);
  assert.deepEqual(
    back.nodes.map((n) => Object.keys(n.properties)),
    payload.nodes.map((n) => Object.keys(n.properties)),
    "each element's own key order",
  );
  const unjoinable = structuredClone(payload);
  unjoinable.nodes[2]!.properties["tagText"] = "not the list";
  const again = toCompactGraph(unjoinable);
  const tagText = again.nodes.columns.find((c) => again.keys[c.key] === "tagText");
  assert.equal(tagText?.kind, "string", "a text that is not its list joined keeps its values");
  assert.deepEqual(fromCompactGraph(toCompactGraph(unjoinable)), unjoinable);
});

test("list items that repeat the element's own texts name their key, and read back; a broken one is named", () => {
  const node = (id: string, properties: GraphPayload["nodes"][number]["properties"]) => ({
    id,
    labels: ["A"],
    properties,
  });
  const payload: GraphPayload = {
    nodes: [
      node("4:db:1", { name: "Ma", name_ja: "馬", aliases: ["Ma", "Jack", "馬"], kind: "person" }),
      node("4:db:2", { aliases: ["Ma", "x"], name: "Tsai", kind: "person" }),
      node("4:db:3", { name: "3", aliases: ["3", "three"], n: 3 }),
      node("4:db:4", { aliases: [], kind: "person" }),
      node("4:db:5", { name: "Yu", aliases: ["Yu", "Yu"], aliases_text: "Yu · Yu", kind: "person" }),
    ],
    relationships: [],
    summary: { resultAvailableAfterMs: 0, capped: false, timedOut: false, rowCount: 5 },
  };
  const compact = CompactGraphSchema.parse(JSON.parse(JSON.stringify(toCompactGraph(payload))));
  const column = (name: string) => compact.nodes.columns.find((c) => compact.keys[c.key] === name);
  const aliases = column("aliases");
  assert.ok(aliases?.kind === "strings");
  const key = (name: string) => compact.keys.indexOf(name);
  assert.deepEqual(aliases.values, [
    [key("name"), "Jack", key("name_ja")],
    ["Ma", "x"],
    [key("name"), "three"],
    [],
    [key("name"), key("name")],
  ]);
  assert.equal(column("aliases_text")?.kind, "joined", "a joined text reads the list with its items filled in");
  const back = fromCompactGraph(compact);
  assert.deepEqual(back, payload);
  assert.deepEqual(
    back.nodes.map((n) => Object.keys(n.properties)),
    payload.nodes.map((n) => Object.keys(n.properties)),
  );

  const broken = structuredClone(compact);
  const brokenAliases = broken.nodes.columns.find((c) => c.key === aliases.key);
  assert.ok(brokenAliases?.kind === "strings");
  brokenAliases.values[1] = [key("name_ja")];
  assert.throws(() => fromCompactGraph(broken), /node 1: a list item names key \d+, which it has no text for/);
  brokenAliases.values[1] = [key("aliases")];
  assert.throws(() => fromCompactGraph(broken), /node 1: a list item names key \d+, which it has no text for/);
});
