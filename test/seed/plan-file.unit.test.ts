// Planning a file before anything runs: unclosed literals stop the load, schema statements leave the data transaction.
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { formatFileReport, listSeedFiles, SeedError } from "../../src/seed/index.ts";
import { emptyCounters } from "../../src/seed/counters.ts";
import { planFile } from "../../src/seed/plan-file.ts";

describe("planFile", () => {
  it("runs leading schema statements first and later ones after the data", () => {
    const source = [
      "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;",
      "// comment\nCREATE INDEX b IF NOT EXISTS FOR (n:A) ON (n.name);",
      "MERGE (:A {id: 1});",
      "CREATE TEXT INDEX c IF NOT EXISTS FOR (n:A) ON (n.note);",
      "MERGE (:A {id: 2});",
    ].join("\n");
    const plan = planFile("x.cypher", source);
    assert.deepEqual(
      plan.before.map((s) => s.line),
      [1, 3],
    );
    assert.deepEqual(
      plan.data.map((s) => s.line),
      [4, 6],
    );
    assert.deepEqual(
      plan.after.map((s) => s.line),
      [5],
    );
    assert.equal(plan.statements.length, 5);
  });

  it("refuses a file that never closes a string, before anything runs", () => {
    const source = "CREATE (:A);\nCREATE (:B {name: 'open});\nCREATE (:C);\n";
    assert.throws(
      () => planFile("graph/bad.cypher", source),
      (err: unknown) => {
        assert.ok(err instanceof SeedError);
        assert.equal(
          err.message,
          "graph/bad.cypher:2:19: string literal is never closed\nCREATE (:B {name: 'open});\n                  ^",
        );
        assert.equal(err.failure.phase, "check");
        return true;
      },
    );
  });

  it("refuses an unclosed block comment, which would otherwise hide the rest of the file", () => {
    assert.throws(
      () => planFile("c.cypher", "CREATE (:A);\n/* oops\nCREATE (:B);"),
      /c\.cypher:2:1: block comment is never closed/,
    );
  });
});

describe("formatFileReport", () => {
  it("prints statements, nodes and relationships created, properties set and time on one line", () => {
    const counters = { ...emptyCounters(), nodesCreated: 29, relationshipsCreated: 36, propertiesSet: 1 };
    const line = formatFileReport({
      file: "graph/a.cypher",
      statements: 1,
      schemaStatements: 0,
      counters,
      elapsedMs: 12,
    });
    assert.equal(line, "graph/a.cypher: 1 statement, 29 nodes and 36 relationships created, 1 property set (12 ms)");
  });
});

describe("listSeedFiles", () => {
  it("lists top-level *.cypher files in file-name order, not subfolders", async () => {
    const dir = await mkdtemp(join(tmpdir(), "seed-list-"));
    try {
      await mkdir(join(dir, "queries"));
      for (const name of ["20-b.cypher", "00-schema.cypher", "10-a.cypher", "notes.md", "queries/q.cypher"]) {
        await writeFile(join(dir, name), "RETURN 1;");
      }
      assert.deepEqual(
        await listSeedFiles(dir),
        ["00-schema.cypher", "10-a.cypher", "20-b.cypher"].map((f) => join(dir, f)),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
