// The splitter on tricky input: only top-level semicolons split, and every statement knows where it starts.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { splitStatements, type Statement } from "../../src/seed/index.ts";

const root = new URL("../../", import.meta.url).pathname;

function texts(source: string): string[] {
  const { statements, unterminated } = splitStatements(source);
  assert.equal(unterminated, undefined);
  return statements.map((s) => s.text);
}

function where(statements: Statement[]): string[] {
  return statements.map((s) => `${s.line}:${s.column}`);
}

/** Each statement must be an exact slice of the file, or error offsets could not be mapped back. */
function assertSlices(source: string, statements: Statement[]): void {
  for (const s of statements) assert.equal(source.slice(s.offset, s.offset + s.text.length), s.text);
}

describe("splitStatements", () => {
  it("splits on semicolons and records 1-based start positions", () => {
    const source = "CREATE (a:A);\nCREATE (b:B);  MATCH (n) RETURN n\n";
    const { statements } = splitStatements(source);
    assert.deepEqual(
      statements.map((s) => s.text),
      ["CREATE (a:A)", "CREATE (b:B)", "MATCH (n) RETURN n"],
    );
    assert.deepEqual(where(statements), ["1:1", "2:1", "2:16"]);
    assertSlices(source, statements);
  });

  it("does not split inside single- or double-quoted strings, with backslash escapes", () => {
    assert.deepEqual(texts(`CREATE (:A {s: 'it\\'s; fine'}); CREATE (:B {s: "say \\"hi;\\" now"});`), [
      `CREATE (:A {s: 'it\\'s; fine'})`,
      `CREATE (:B {s: "say \\"hi;\\" now"})`,
    ]);
    // An escaped backslash right before the quote must not keep the string open.
    assert.deepEqual(texts(`RETURN 'C:\\\\'; RETURN "x'y;z"; RETURN 'a"b;c'`), [
      `RETURN 'C:\\\\'`,
      `RETURN "x'y;z"`,
      `RETURN 'a"b;c'`,
    ]);
  });

  it("ignores semicolons and quotes in // line comments", () => {
    const source = "// don't split; here\nCREATE (a) // trailing; comment\nSET a.x = 1;\nRETURN 1";
    const { statements } = splitStatements(source);
    assert.deepEqual(
      statements.map((s) => s.text),
      ["CREATE (a) // trailing; comment\nSET a.x = 1", "RETURN 1"],
    );
    assert.deepEqual(where(statements), ["2:1", "4:1"]);
  });

  it("ignores semicolons and quotes in /* */ block comments, across lines", () => {
    const source = "/* header; it's\n   still; the comment */ CREATE (a /* inline; */ :A);\n/**/RETURN 2;";
    const { statements } = splitStatements(source);
    assert.deepEqual(
      statements.map((s) => s.text),
      ["CREATE (a /* inline; */ :A)", "RETURN 2"],
    );
    assert.deepEqual(where(statements), ["2:26", "3:5"]);
  });

  it("does not split inside backtick-quoted names, including doubled backticks", () => {
    assert.deepEqual(texts("CREATE (:`Weird;Label` {`a;b`: 1}); MATCH (n:`x``;y`) RETURN n"), [
      "CREATE (:`Weird;Label` {`a;b`: 1})",
      "MATCH (n:`x``;y`) RETURN n",
    ]);
  });

  it("treats // and /* inside strings as text", () => {
    assert.deepEqual(texts("CREATE (:S {url: 'https://example.com/*x'}); RETURN 1"), [
      "CREATE (:S {url: 'https://example.com/*x'})",
      "RETURN 1",
    ]);
  });

  it("keeps Japanese text with full-width punctuation whole and counts columns in it", () => {
    const source = "CREATE (:A {name: '千と千尋；「神隠し」。'}); CREATE (:B {note: '全角；セミコロン'})；RETURN 1;\n";
    const { statements } = splitStatements(source);
    // The full-width ； outside a string is not a separator (Neo4j would reject it, which is the point).
    assert.deepEqual(
      statements.map((s) => s.text),
      ["CREATE (:A {name: '千と千尋；「神隠し」。'})", "CREATE (:B {note: '全角；セミコロン'})；RETURN 1"],
    );
    assert.deepEqual(where(statements), ["1:1", "1:36"]);
    assertSlices(source, statements);
  });

  it("handles CRLF line endings without counting \\r\\n twice", () => {
    const source = "CREATE (a:A);\r\n\r\n  CREATE (b:B)\r\n  SET b.x = 1;\r\n// end\r\n";
    const { statements } = splitStatements(source);
    assert.deepEqual(
      statements.map((s) => s.text),
      ["CREATE (a:A)", "CREATE (b:B)\r\n  SET b.x = 1"],
    );
    assert.deepEqual(where(statements), ["1:1", "3:3"]);
  });

  it("skips empty and comment-only statements", () => {
    assert.deepEqual(texts(";;\n  ;\n// only a comment\n;/* and a block */;\n"), []);
    assert.deepEqual(texts(""), []);
    assert.deepEqual(texts("-- not a comment in Cypher;"), ["-- not a comment in Cypher"]);
  });

  it("reports a string, quoted name or block comment the file never closes", () => {
    assert.deepEqual(splitStatements("RETURN 1;\nCREATE (:A {s: 'open; CREATE (:B)").unterminated, {
      kind: "string",
      offset: 25,
      line: 2,
      column: 16,
    });
    assert.equal(splitStatements("MATCH (n:`open) RETURN n").unterminated?.kind, "name");
    const comment = splitStatements("RETURN 1;\n  /* forgot to close; CREATE (:B);");
    assert.deepEqual(comment.unterminated, { kind: "comment", offset: 12, line: 2, column: 3 });
    // Without this report, the statements swallowed by the comment would silently not run.
    assert.deepEqual(
      comment.statements.map((s) => s.text),
      ["RETURN 1"],
    );
  });

  it("splits a multi-line CREATE with dozens of bound variables as one statement", () => {
    const source = readFileSync(join(root, "test/fixtures/movies-style.cypher"), "utf8");
    const { statements, unterminated } = splitStatements(source);
    assert.equal(unterminated, undefined);
    assert.deepEqual(where(statements), ["9:1", "12:1", "69:1"]);
    assert.match(
      statements[1]?.text ?? "",
      /^CREATE \(TheMatrix:FixtureMovie[\s\S]*\(TaylorH\)-\[:DIRECTED\]->\(TheDevilsAdvocate\)$/,
    );
    assert.match(statements[2]?.text ?? "", /^UNWIND \[[\s\S]*MERGE \(m\)-\[:IN_GENRE\]->\(g\)$/);
    assertSlices(source, statements);
  });

  it("finds the statements of the broken fixture where the file has them", () => {
    const source = readFileSync(join(root, "test/fixtures/broken-seed.cypher"), "utf8");
    assert.deepEqual(where(splitStatements(source).statements), ["3:1", "4:1", "6:1", "10:1", "14:1"]);
  });

  it("splits every real graph/*.cypher into clauses, without leftovers", () => {
    const dir = join(root, "graph");
    const files = readdirSync(dir).filter((f) => f.endsWith(".cypher"));
    for (const file of files) {
      const source = readFileSync(join(dir, file), "utf8");
      const { statements, unterminated } = splitStatements(source);
      assert.equal(unterminated, undefined, file);
      assert.ok(statements.length > 0, `${file} has statements`);
      assertSlices(source, statements);
      for (const s of statements) {
        assert.match(
          s.text,
          /^(MATCH|OPTIONAL|MERGE|CREATE|UNWIND|WITH|CALL|DROP|SET|FOREACH|LOAD|RETURN)\b/i,
          `${file}:${s.line}:${s.column}`,
        );
        assert.doesNotMatch(s.text, /;\s*$/, `${file}:${s.line}`);
      }
    }
  });
});
