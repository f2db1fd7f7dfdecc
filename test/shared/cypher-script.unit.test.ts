// The Cypher writer on awkward input: every string and name survives escaping (checked by the loader's own readers),
// numbers keep integer vs float, and scripts pick the graph's key or a temporary one and batch their rows.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  cypherFloat,
  cypherMap,
  cypherName,
  cypherString,
  cypherValue,
  cypherValueFromJson,
} from "../../src/shared/cypher-literal.ts";
import {
  cypherScriptText,
  EXPORT_KEY_INDEX,
  EXPORT_KEY_LABEL,
  writeCypherScript,
  type ScriptNode,
} from "../../src/shared/cypher-script.ts";
import { splitStatements } from "../../src/seed/index.ts";
import { planFile } from "../../src/seed/plan-file.ts";
import { quotesOfPlan, unescapeCypher } from "../../src/seed/source-quotes.ts";

const statementsOf = (source: string) => {
  const { statements, unterminated } = splitStatements(source);
  assert.equal(unterminated, undefined, `unterminated literal in ${source}`);
  return statements.map((s) => s.text);
};

describe("Cypher literals", () => {
  it("escapes quotes, backslashes, line breaks and control characters", () => {
    assert.equal(cypherString(`it's a \\ "test"\n\r\t\u0000`), `'it\\'s a \\\\ "test"\\n\\r\\t\\u0000'`);
    assert.equal(cypherString("日本 😀"), "'日本 😀'");
  });

  it("reads back, by the loader's own unescaping, to the same string, as one literal on one line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const literal = cypherString(s);
        assert.ok(!/[\n\r\u2028\u2029]/.test(literal), "no raw line break");
        // Lone surrogate halves are written as escapes; all else reads back exactly.
        assert.equal(unescapeCypher(literal.slice(1, -1)), s);
        assert.deepEqual(statementsOf(`RETURN ${literal} AS a; RETURN 2 AS b;`), [
          `RETURN ${literal} AS a`,
          "RETURN 2 AS b",
        ]);
      }),
    );
  });

  it("quotes names only when needed, doubling backticks", () => {
    assert.equal(cypherName("Person"), "Person");
    assert.equal(cypherName("has_part2"), "has_part2");
    assert.equal(cypherName("Odd Label"), "`Odd Label`");
    assert.equal(cypherName("back`tick"), "`back``tick`");
    assert.equal(cypherName("_hidden"), "`_hidden`");
    assert.equal(cypherName("人物"), "`人物`");
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: "grapheme" }), (name) => {
        assert.deepEqual(statementsOf(`MATCH (n:${cypherName(name)}) RETURN n; RETURN 1`).length, 2);
      }),
    );
  });

  it("writes floats Cypher reads as floats, never as integers, and back to the same double", () => {
    assert.equal(cypherFloat(2), "2.0");
    assert.equal(cypherFloat(-0), "-0.0");
    assert.equal(cypherFloat(1e21), "1.0E21");
    assert.equal(cypherFloat(1.5e-7), "1.5E-7");
    assert.equal(cypherFloat(NaN), "(0.0 / 0.0)");
    assert.equal(cypherFloat(-Infinity), "(-1.0 / 0.0)");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = cypherFloat(x);
        assert.match(text, /^-?\d+\.\d+(E-?\d+)?$/);
        assert.ok(Object.is(Number(text), x), `${text} reads back to ${x}`);
      }),
    );
  });

  it("keeps 64-bit integers, temporal values and points typed", () => {
    assert.equal(cypherValue({ int: "9223372036854775807" }), "9223372036854775807");
    assert.equal(cypherValue({ int: "-9223372036854775808" }), "toInteger('-9223372036854775808')");
    assert.throws(() => cypherValue({ int: "1.5" }), /not an integer/);
    assert.equal(cypherValue({ temporal: "date", text: "2024-02-29" }), "date('2024-02-29')");
    assert.equal(cypherValue({ temporal: "duration", text: "P14M3DT1.5S" }), "duration('P14M3DT1.5S')");
    assert.equal(cypherValue({ point: { srid: 4326, x: 139, y: 35.5 } }), "point({srid: 4326, x: 139.0, y: 35.5})");
    assert.equal(cypherValue([{ int: "1" }, { float: 1 }, "a", true, []]), "[1, 1.0, 'a', true, []]");
  });

  it("writes maps in key order without nulls", () => {
    assert.equal(
      cypherMap({ source: "s", quote: "q", gone: null, "odd key": { int: "1" } }),
      "{`odd key`: 1, quote: 'q', source: 's'}",
    );
  });

  it("types the page's JSON as well as JSON allows", () => {
    assert.deepEqual(cypherValueFromJson(2), { int: "2" });
    assert.deepEqual(cypherValueFromJson(2.5), { float: 2.5 });
    assert.deepEqual(cypherValueFromJson(2 ** 60), { float: 2 ** 60 });
    assert.deepEqual(cypherValueFromJson({ srid: 7203, x: 1, y: 2 }), { point: { srid: 7203, x: 1, y: 2 } });
    assert.deepEqual(cypherValueFromJson(["a", 1]), ["a", { int: "1" }]);
  });
});

const person = (id: string, extra: Record<string, string> = {}): ScriptNode => ({
  id: `4:x:${id}`,
  labels: ["Entity", "Person"],
  properties: { id, ...extra },
});

describe("Cypher scripts", () => {
  it("matches by the graph's key when every node has a distinct one under a constrained label", () => {
    const script = writeCypherScript({
      nodes: [person("a"), person("b")],
      relationships: [{ type: "KNOWS", start: "4:x:a", end: "4:x:b", properties: {} }],
      key: { property: "id", constrainedLabels: ["Entity"] },
      schema: ["CREATE CONSTRAINT `entity id` FOR (n:Entity) REQUIRE (n.id) IS UNIQUE"],
    });
    assert.equal(script.identity, "key");
    const text = cypherScriptText(script, "// test");
    assert.match(text, /CREATE CONSTRAINT `entity id` IF NOT EXISTS FOR/);
    assert.match(text, /MERGE \(n:Entity \{id: p\.id\}\)\nSET n = p, n:Person/);
    assert.match(text, /MATCH \(a:Entity \{id: row\.s\}\)/);
    assert.match(text, /\{s: 'a', t: 'b', p: \{\}\}/);
    assert.doesNotMatch(text, new RegExp(EXPORT_KEY_LABEL));
  });

  for (const [why, nodes] of [
    ["a duplicate key", [person("a"), person("a")]],
    ["a node without the key", [person("a"), { id: "n", labels: ["Entity"], properties: {} }]],
    ["a node without a constrained label", [person("a"), { id: "n", labels: ["Other"], properties: { id: "b" } }]],
  ] as const) {
    it(`falls back to a temporary key, removed at the end, on ${why}`, () => {
      const script = writeCypherScript({
        nodes,
        relationships: [],
        key: { property: "id", constrainedLabels: ["Entity"] },
        temporaryKeyIndex: true,
      });
      assert.equal(script.identity, "temporary");
      assert.deepEqual(
        script.parts.map((p) => p.name),
        ["schema", "nodes", "cleanup"],
      );
      assert.match(script.parts[0]!.text, new RegExp(`CREATE INDEX ${EXPORT_KEY_INDEX} IF NOT EXISTS`));
      assert.match(script.parts.at(-1)!.text, /REMOVE n:`__KgExport`, n.`__kg_export_id`/);
    });
  }

  it("cuts rows into statements by count and by size", () => {
    const nodes = Array.from({ length: 10 }, (_, i) => person(`p${i}`, { bio: "x".repeat(i === 5 ? 500 : 1) }));
    const byRows = writeCypherScript({ nodes, relationships: [], batchRows: 4 });
    assert.equal(statementsOf(byRows.parts[0]!.text).length, 3);
    const bySize = writeCypherScript({ nodes, relationships: [], batchRows: 100, batchChars: 300 });
    assert.equal(statementsOf(bySize.parts[0]!.text).length, 3, "the long row closes one statement and opens another");
  });

  it("keeps each quote with its own source for the loader's quote check", () => {
    const rel = (n: number, properties: Record<string, string>) => ({
      type: "SAYS",
      start: "4:x:a",
      end: "4:x:b",
      properties: { ...properties, n: String(n) },
    });
    const script = writeCypherScript({
      nodes: [person("a"), person("b")],
      relationships: [
        rel(1, { quote: "first", source: "one" }),
        rel(2, { quote: "second" }),
        rel(3, { quote: "third", source: "three" }),
      ],
    });
    const plan = planFile("copy.cypher", cypherScriptText(script, "// test"));
    assert.deepEqual(
      quotesOfPlan(plan).map((q) => [q.quote, q.source]),
      [
        ["first", "one"],
        ["second", null],
        ["third", "three"],
      ],
    );
  });

  it("refuses a relationship whose end is not among the nodes", () => {
    assert.throws(
      () =>
        writeCypherScript({
          nodes: [person("a")],
          relationships: [{ type: "R", start: "4:x:a", end: "gone", properties: {} }],
        }),
      /one of its ends is not among the nodes/,
    );
  });
});
