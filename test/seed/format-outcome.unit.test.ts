// What a failed load says it left: exactly the schema statements that committed, and what was put back.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatOutcome } from "../../src/seed/index.ts";
import { schemaChanges } from "../../src/seed/schema-snapshot.ts";

describe("formatOutcome", () => {
  it("a failure found by the check: nothing was changed", () => {
    const text = formatOutcome({ phase: "check", schemaCommitted: [], undone: [], leftOver: [] });
    assert.equal(text, "Nothing was changed: every statement is checked before the load writes anything.");
  });

  it("names the statements that committed (the 1st and 3rd, not 'the first 2') and what was dropped again", () => {
    const text = formatOutcome({
      phase: "data",
      schemaCommitted: ["a.cypher:1", "a.cypher:9"],
      undone: ["dropped constraint `c1` again", "dropped index `i3` again"],
      leftOver: [],
    });
    assert.equal(
      text,
      [
        "No data was loaded: the data transaction (with the reset's delete, if any) was rolled back; the schema statements that had committed on their own were a.cypher:1, a.cypher:9.",
        "Schema put back as it was before the run: dropped constraint `c1` again, dropped index `i3` again.",
        "The database is as it was before the run.",
      ].join("\n"),
    );
  });

  it("says what it could not put back when Neo4j was gone", () => {
    const text = formatOutcome({
      phase: "data",
      schemaCommitted: ["a.cypher:1"],
      undone: [],
      leftOver: ["the schema statement at a.cypher:1"],
    });
    assert.match(text, /Neo4j could not be reached to put back the schema statement at a\.cypher:1\.$/);
    assert.doesNotMatch(text, /as it was before the run\.$/);
  });
});

describe("schemaChanges", () => {
  it("drops what is new or changed and re-creates what went or changed, constraints before indexes", () => {
    const before = {
      constraints: { keep: "CREATE CONSTRAINT keep", gone: "CREATE CONSTRAINT gone" },
      indexes: { same: "CREATE INDEX same", changed: "CREATE INDEX changed v1" },
    };
    const now = {
      constraints: { keep: "CREATE CONSTRAINT keep", added: "CREATE CONSTRAINT added" },
      indexes: { same: "CREATE INDEX same", changed: "CREATE INDEX changed v2", fresh: "CREATE INDEX fresh" },
    };
    const { drop, create } = schemaChanges(before, now);
    assert.deepEqual(
      drop.map((i) => `${i.kind} ${i.name}`),
      ["CONSTRAINT added", "INDEX changed", "INDEX fresh"],
    );
    assert.deepEqual(
      create.map((i) => i.statement),
      ["CREATE CONSTRAINT gone", "CREATE INDEX changed v1"],
    );
  });
});
