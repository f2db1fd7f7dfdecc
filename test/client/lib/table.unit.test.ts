// Result tables: readable cells for every wire value, stable click-to-sort with empty cells last.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cellText, compareCells, nextSort, sortRows, type Row } from "../../../src/client/lib/table/index.ts";

const rows: Row[] = [
  { who: "Tencent", amount: 5, note: null },
  { who: "Alibaba", amount: 380, note: "plan" },
  { who: "ByteDance", amount: 12, note: "" },
  { who: "alibaba cloud", amount: 380, note: "b" },
];

test("cells read as people would: nodes by name, relationships by type, paths by ends and hops, lists joined", () => {
  assert.equal(cellText(null), "");
  assert.equal(cellText(7800000000000), "7800000000000");
  assert.equal(cellText(true), "true");
  assert.equal(cellText(["a", 1, null]), "a, 1, ");
  assert.equal(
    cellText({ id: "4:x:1", labels: ["Person"], properties: { name: "Jack Ma", id: "jack-ma" } }),
    "Jack Ma",
  );
  assert.equal(cellText({ id: "4:x:2", labels: ["Source"], properties: { title: "記事" } }), "記事");
  assert.equal(cellText({ id: "5:x:1", type: "FOUNDED", start: "4:x:1", end: "4:x:2", properties: {} }), ":FOUNDED");
  const path = {
    start: { id: "1", labels: [], properties: { name: "Jack Ma" } },
    end: { id: "2", labels: [], properties: { name: "Apple" } },
    segments: [{}, {}, {}],
  };
  assert.equal(cellText(path), "Jack Ma → Apple (3 hops)");
  assert.equal(cellText({ srid: 4326, x: 1, y: 2 }), '{"srid":4326,"x":1,"y":2}');
});

test("numbers compare by value, text with numeric parts in order and without case", () => {
  assert.ok(compareCells(5, 380) < 0);
  assert.ok(compareCells("item 2", "item 10") < 0);
  assert.equal(compareCells("Alibaba", "alibaba"), 0);
  assert.ok(compareCells(false, true) < 0);
});

test("sorting is stable, descending reverses values, and empty cells stay last both ways", () => {
  assert.deepEqual(
    sortRows(rows, { column: "amount", direction: "asc" }).map((r) => r.who),
    ["Tencent", "ByteDance", "Alibaba", "alibaba cloud"],
  );
  assert.deepEqual(
    sortRows(rows, { column: "amount", direction: "desc" }).map((r) => r.who),
    ["Alibaba", "alibaba cloud", "ByteDance", "Tencent"],
  );
  assert.deepEqual(
    sortRows(rows, { column: "note", direction: "asc" }).map((r) => r.note),
    ["b", "plan", null, ""],
  );
  assert.deepEqual(
    sortRows(rows, { column: "note", direction: "desc" }).map((r) => r.note),
    ["plan", "b", null, ""],
  );
  assert.deepEqual(sortRows(rows, null), rows, "no sort keeps the query's order");
  assert.notEqual(sortRows(rows, null), rows, "always a copy");
});

test("header clicks cycle ascending, descending, then the query's own order; another column starts ascending", () => {
  const a = nextSort(null, "amount");
  assert.deepEqual(a, { column: "amount", direction: "asc" });
  const b = nextSort(a, "amount");
  assert.deepEqual(b, { column: "amount", direction: "desc" });
  assert.equal(nextSort(b, "amount"), null);
  assert.deepEqual(nextSort(b, "who"), { column: "who", direction: "asc" });
});

test("a relationship cell says when it is a claim or plan or our inference, and stays :TYPE when stated", () => {
  const rel = (properties: Record<string, string>) => ({ id: "r", type: "INVESTS", start: "a", end: "b", properties });
  assert.equal(cellText(rel({ quote: "q" })), ":INVESTS");
  assert.equal(cellText(rel({ quote: "q", claim: "Reported plan" })), ":INVESTS (claim or plan)");
  assert.equal(cellText(rel({ quote: "q", note: "Inference: ours" })), ":INVESTS (inference)");
});
