// The load-time quote check without a database: quote literals and their sources, the nearest passage, the refusal.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SeedError } from "../../src/seed/index.ts";
import { planFile } from "../../src/seed/plan-file.ts";
import { nearestPassage } from "../../src/seed/nearest-passage.ts";
import { checkSourceQuotes, quotesOfPlan, unescapeCypher } from "../../src/seed/source-quotes.ts";

const TEXT = "第一文です。\n彼は自身の側近であり共同創業者の蔡崇信を董事会主席に呼び戻した。\nIt's a test.";
const texts = new Map([["art", { id: "art", file: "sources/art.ja.txt", text: TEXT }]]);

describe("nearestPassage", () => {
  it("finds the closest passage and counts the edits", () => {
    const near = nearestPassage(TEXT, "共同創業者の蔡崇信を董事長に呼び戻");
    assert.ok(near);
    assert.equal(near.text, "共同創業者の蔡崇信を董事会主席に呼び戻");
    assert.equal(near.edits, 3);
    assert.equal(TEXT.slice(near.start, near.end), near.text);
  });

  it("is exact (0 edits) for a quote that is there", () => {
    assert.equal(nearestPassage(TEXT, "第一文")?.edits, 0);
  });
});

describe("quotesOfPlan", () => {
  it("reads each quote literal with its position and the source literal of its statement", () => {
    const plan = planFile(
      "g/30.cypher",
      "// c\nMATCH (a), (b)\nMERGE (a)-[r:X]->(b)\nSET r = {quote: '第一文', source: 'art'};\n" +
        'CREATE ()-[:Y {source: "other", quote: "It\\\'s a test"}]->();\nCREATE ()-[:Z {quote: \'x\'}]->();\n',
    );
    const uses = quotesOfPlan(plan);
    assert.deepEqual(
      uses.map(({ line, column, quote, source }) => ({ line, column, quote, source })),
      [
        { line: 4, column: 17, quote: "第一文", source: "art" },
        { line: 5, column: 40, quote: "It's a test", source: "other" },
        { line: 6, column: 23, quote: "x", source: null },
      ],
    );
  });

  it("pairs each quote with the source of its own property map when one statement holds several", () => {
    const plan = planFile(
      "g/20.cypher",
      "CREATE (a)-[:X {amount: 1, source: 'first', quote: 'q1'}]->(b)\n" +
        "CREATE (a)-[:X {amount: 2, source: 'second', quote: 'q2'}]->(b)\n" +
        "CREATE (a)-[:Y {quote: 'q3', source: 'third'}]->(b);\n",
    );
    assert.deepEqual(
      quotesOfPlan(plan).map(({ quote, source }) => [quote, source]),
      [
        ["q1", "first"],
        ["q2", "second"],
        ["q3", "third"],
      ],
    );
  });

  it("unescapes Cypher literals as Neo4j does", () => {
    assert.equal(unescapeCypher("a\\'b\\\\c\\nd\\u3042"), "a'b\\c\nd\u3042");
  });
});

describe("checkSourceQuotes", () => {
  it("accepts verbatim quotes and a folder without sources", () => {
    const plan = planFile("g.cypher", "CREATE ()-[:X {quote: '蔡崇信を董事会主席に', source: 'art'}]->();\n");
    checkSourceQuotes([plan], texts);
    checkSourceQuotes([planFile("g.cypher", "CREATE ()-[:X {quote: 'anything', source: 'art'}]->();\n")], new Map());
  });

  it("refuses a quote not in its text, with file:line:column and the nearest passage with its line", () => {
    const plan = planFile(
      "graph/30.cypher",
      "// ok\nCREATE ()-[:X {quote: '第一文', source: 'art'}]->();\nCREATE ()-[:X {quote: '蔡崇信を董事長に呼び戻した', source: 'art'}]->();\n",
    );
    assert.throws(
      () => checkSourceQuotes([plan], texts),
      (err: unknown) => {
        assert.ok(err instanceof SeedError);
        assert.equal(err.failure.file, "graph/30.cypher");
        assert.equal(err.failure.line, 3);
        assert.equal(err.failure.column, 23);
        assert.match(err.message, /^graph\/30\.cypher:3:23: quote not found verbatim in sources\/art\.ja\.txt/);
        assert.match(
          err.message,
          /nearest passage, sources\/art\.ja\.txt:2:\d+ \(3 characters differ\): «蔡崇信を董事会主席に呼び戻した»/,
        );
        return true;
      },
    );
  });

  it("refuses a quote whose source has no text", () => {
    const plan = planFile("g.cypher", "CREATE ()-[:X {quote: '第一文', source: 'nope'}]->();\n");
    assert.throws(() => checkSourceQuotes([plan], texts), /g\.cypher:1:23: source 'nope' has no text in sources\//);
  });
});
