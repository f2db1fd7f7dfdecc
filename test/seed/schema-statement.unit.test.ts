// Which statements must run in their own transaction: index and constraint commands, however they are written.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isSchemaStatement } from "../../src/seed/index.ts";

describe("isSchemaStatement", () => {
  it("recognises CREATE/DROP CONSTRAINT and INDEX of every kind, in any case", () => {
    const schema = [
      "CREATE CONSTRAINT movie_title IF NOT EXISTS FOR (m:Movie) REQUIRE m.title IS UNIQUE",
      "create constraint FOR (m:Movie) REQUIRE m.title IS NOT NULL",
      "DROP CONSTRAINT movie_title IF EXISTS",
      "CREATE INDEX movie_year FOR (m:Movie) ON (m.released)",
      "drop index movie_year",
      "CREATE FULLTEXT INDEX names FOR (n:Entity) ON EACH [n.name]",
      "CREATE RANGE INDEX r FOR (n:A) ON (n.x)",
      "Create Text Index t FOR (n:A) ON (n.s)",
      "CREATE POINT INDEX p FOR (n:A) ON (n.location)",
      "CREATE VECTOR INDEX v IF NOT EXISTS FOR (n:A) ON n.embedding",
      "CREATE LOOKUP INDEX l FOR (n) ON EACH labels(n)",
      "CREATE\n  CONSTRAINT\n  c FOR (n:A) REQUIRE n.id IS UNIQUE",
    ];
    for (const text of schema) assert.equal(isSchemaStatement(text), true, text);
  });

  it("looks past leading and interleaved comments of both kinds", () => {
    assert.equal(
      isSchemaStatement("// the id must be unique\nCREATE CONSTRAINT c FOR (n:A) REQUIRE n.id IS UNIQUE"),
      true,
    );
    assert.equal(isSchemaStatement("/* one; two */ CREATE /* why */ FULLTEXT INDEX f FOR (n:A) ON EACH [n.x]"), true);
  });

  it("leaves data statements alone, even when they mention index or constraint", () => {
    const data = [
      "CREATE (index:Index {name: 'constraint'})",
      "CREATE (:CONSTRAINT)",
      "MERGE (n:A {id: 1}) SET n.index = 2",
      "MATCH (n) DETACH DELETE n",
      "CREATE `INDEX` = 1",
      "CREATE TEXT",
      "CALL db.index.fulltext.queryNodes('names', 'x') YIELD node RETURN node",
      "SHOW INDEXES",
      "// CREATE INDEX in a comment\nMATCH (n) RETURN n",
      "",
    ];
    for (const text of data) assert.equal(isSchemaStatement(text), false, text);
  });
});
