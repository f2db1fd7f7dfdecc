// Translating Neo4j's statement-relative error positions into file positions, and the SeedError text built from them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseNeo4jMessage, SeedError, splitStatements, toFilePosition } from "../../src/seed/index.ts";
import { caretLine, lineStarts } from "../../src/seed/source-text.ts";

function only<T>(items: T[], index: number): T {
  const item = items[index];
  assert.ok(item, `item ${index} exists`);
  return item;
}

describe("parseNeo4jMessage", () => {
  it("takes the position out of a syntax error and drops Neo4j's echo of the line", () => {
    const message =
      "Invalid input ')': expected an expression, ',' or '}' (line 1, column 23 (offset: 22))\n\"CREATE (a:X {name: 'x')\"\n                       ^";
    assert.deepEqual(parseNeo4jMessage(message), {
      reason: "Invalid input ')': expected an expression, ',' or '}'",
      position: { line: 1, column: 23, offset: 22 },
    });
  });

  it("keeps messages without a position whole", () => {
    assert.deepEqual(parseNeo4jMessage("/ by zero"), { reason: "/ by zero" });
    const multi = "Node(0) already exists with label `A` and property `id` = 1";
    assert.deepEqual(parseNeo4jMessage(multi), { reason: multi });
  });
});

describe("toFilePosition", () => {
  const source = "// header\nCREATE (:A);  MATCH (n)\n  WHERE n.x = 1\n  RETRUN n;\n";
  const starts = lineStarts(source);
  const statement = only(splitStatements(source).statements, 1);

  it("adds the statement's start to Neo4j's offset", () => {
    assert.deepEqual([statement.line, statement.column], [2, 15]);
    // "RETRUN" is at offset 28 of the statement text: line 3, column 3 of the statement.
    assert.equal(statement.text.indexOf("RETRUN"), 28);
    assert.deepEqual(toFilePosition(statement, { line: 3, column: 3, offset: 28 }, starts), { line: 4, column: 3 });
  });

  it("shifts the column only on the statement's first line when there is no offset", () => {
    assert.deepEqual(toFilePosition(statement, { line: 1, column: 7 }, starts), { line: 2, column: 21 });
    assert.deepEqual(toFilePosition(statement, { line: 3, column: 3 }, starts), { line: 4, column: 3 });
  });

  it("falls back to the statement's start for errors without a position", () => {
    assert.deepEqual(toFilePosition(statement, undefined, starts), { line: 2, column: 15 });
  });

  it("stays right with CRLF line endings and Japanese text before the error", () => {
    const crlf = "RETURN 1;\r\nCREATE (a:X)\r\nCREATE (b:X {n: 'é日本'})\r\nRETURN c;\r\n";
    const s = only(splitStatements(crlf).statements, 1);
    // Neo4j 5.26 answers `Variable c not defined (line 3, column 8 (offset: 46))` for this statement.
    assert.equal(s.text.indexOf("c", 40), 46);
    assert.deepEqual(toFilePosition(s, { line: 3, column: 8, offset: 46 }, lineStarts(crlf)), { line: 4, column: 8 });
  });

  it("clamps an offset past the statement's end to its end", () => {
    assert.deepEqual(toFilePosition(statement, { line: 9, column: 1, offset: 999 }, starts), { line: 4, column: 11 });
  });
});

describe("SeedError", () => {
  it("reads file:line:column: message, then the source line and a caret", () => {
    const err = new SeedError({
      file: "graph/x.cypher",
      line: 4,
      column: 3,
      reason: "Invalid input 'RETRUN'",
      sourceLine: "  RETRUN n;",
      statements: 2,
      phase: "check",
      schemaCommitted: [],
      undone: [],
      leftOver: [],
    });
    assert.equal(err.message, "graph/x.cypher:4:3: Invalid input 'RETRUN'\n  RETRUN n;\n  ^");
    assert.equal(err.code, "seed_error");
    assert.equal(err.name, "SeedError");
  });

  it("aligns the caret under wide characters and tabs", () => {
    assert.equal(caretLine("\tname: '日本'x", 12), "\t       " + "    " + " ^");
  });
});
