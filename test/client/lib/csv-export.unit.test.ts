// The CSV writer (RFC 4180), GEXF formatting of graph attributes, and file names.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  csvField,
  fileSlug,
  flattenProperties,
  gexfEdge,
  gexfNode,
  toCsv,
} from "../../../src/client/lib/export/index.ts";

test("fields are quoted only when needed, with quotes doubled", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('He said "AI"'), '"He said ""AI"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField(" padded"), '" padded"');
  assert.equal(csvField("今後3年間で3800億元"), "今後3年間で3800億元");
});

test("a table becomes a header and one CRLF-terminated line per row, cells as the table shows them", () => {
  const csv = toCsv(
    ["who", "amount", "quote", "node", "missing"],
    [
      {
        who: "Alibaba",
        amount: 380000000000,
        quote: "3800億元(約7.8兆円)をAI基盤に投資し、",
        node: { id: "1", labels: ["Company"], properties: { name: "Alibaba Group" } },
      },
      { who: "Tencent, Inc.", amount: null, quote: 'say "hi"' },
    ],
  );
  assert.equal(
    csv,
    'who,amount,quote,node,missing\r\nAlibaba,380000000000,3800億元(約7.8兆円)をAI基盤に投資し、,Alibaba Group,\r\n"Tencent, Inc.",,"say ""hi""",,\r\n',
  );
  assert.equal(toCsv(["a"], []), "a\r\n");
});

test("a CSV line reads back to the same cells (round trip through a minimal RFC 4180 reader)", () => {
  const cells = ["x,y", 'q"uote', "line\nbreak", "", "普通"];
  const line = cells.map(csvField).join(",");
  const parsed: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      parsed.push(cell);
      cell = "";
    } else cell += c;
  }
  parsed.push(cell);
  assert.deepEqual(parsed, cells);
});

test("file names keep letters of any script and never come out empty", () => {
  assert.equal(fileSlug("Who invested how much, in what?"), "who-invested-how-much-in-what");
  assert.equal(fileSlug("馬雲の投資"), "馬雲の投資");
  assert.equal(fileSlug("!!!"), "result");
  assert.ok(fileSlug("x".repeat(200)).length <= 60);
});

test("GEXF attributes are flat: lists joined, maps as JSON, nulls left out; viz carries colour, size and position", () => {
  assert.deepEqual(flattenProperties({ a: ["x", "y"], b: { k: 1 }, c: null, d: 3, e: true }), {
    a: "x | y",
    b: '{"k":1}',
    d: 3,
    e: true,
  });
  const node = gexfNode("4:x:1", {
    x: 1,
    y: 2,
    size: 9,
    color: "#d9483b",
    label: "Jack Ma",
    category: "Person",
    labels: ["Entity", "Person"],
    names: { en: "Jack Ma", ja: null, zh: null, title: null },
    slug: "jack-ma",
    degree: 3,
    properties: { id: "jack-ma", aliases: ["Ma Yun", "馬雲"] },
  });
  assert.deepEqual(node, {
    label: "Jack Ma",
    viz: { color: "#d9483b", size: 9, x: 1, y: 2 },
    attributes: { id: "jack-ma", aliases: "Ma Yun | 馬雲", labels: "Entity;Person", category: "Person" },
  });
  const edge = gexfEdge("5:x:1", {
    relType: "FOUNDED",
    label: "FOUNDED",
    size: 2,
    color: "#aaa",
    properties: { quote: "創業者" },
  });
  assert.deepEqual(edge, {
    label: "FOUNDED",
    viz: { color: "#aaa", thickness: 2 },
    attributes: { quote: "創業者", type: "FOUNDED" },
  });
});
