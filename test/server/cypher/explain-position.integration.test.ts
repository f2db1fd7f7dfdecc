// Against the real Neo4j: a syntax error's line and column point at the user's text, not at the EXPLAIN pre-check's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { testConnection } from "../../support/db.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import * as S from "../../../src/shared/index.ts";

let explorer: RunningExplorer;
before(async () => {
  explorer = await startExplorer({ connection: testConnection(), host: "127.0.0.1", port: 0 });
});
after(() => explorer.close());

async function positionOf(query: string): Promise<unknown> {
  const res = await fetch(new URL("/api/cypher", explorer.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  assert.equal(res.status, 400);
  const error = S.ApiErrorSchema.parse(await res.json());
  return (error.details as { position?: unknown }).position;
}

test("an error on line 1 is reported at its own column and offset", async () => {
  const query = "MATCH (n) RETURN n LIMT 3";
  assert.deepEqual(await positionOf(query), {
    line: 1,
    column: query.indexOf("LIMT") + 1,
    offset: query.indexOf("LIMT"),
  });
});

test("an error on a later line keeps its column, and its offset counts from the user's first character", async () => {
  const query = "MATCH (n)\nRETURN n\n  LIMT 3";
  assert.deepEqual(await positionOf(query), { line: 3, column: 3, offset: query.indexOf("LIMT") });
});
