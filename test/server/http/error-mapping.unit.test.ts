// Typed errors map to HTTP codes in one place, and internals never reach a response.
import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { Neo4jError } from "neo4j-driver";
import { toHttpError } from "../../../src/server/http/error-handler.ts";
import { NotFoundError, ForbiddenError, UnavailableError } from "../../../src/server/errors.ts";
import { mapDbError, errorPosition } from "../../../src/server/db/map-error.ts";

test("app errors map to their status codes", () => {
  assert.equal(toHttpError(new NotFoundError("x")).status, 404);
  assert.equal(toHttpError(new ForbiddenError("x")).status, 403);
  assert.equal(toHttpError(new UnavailableError("x")).status, 503);
});

test("zod errors become 400 naming the field", () => {
  const result = z.object({ limit: z.number() }).safeParse({ limit: "x" });
  assert.ok(!result.success);
  const { status, body } = toHttpError(result.error);
  assert.equal(status, 400);
  assert.equal(body.error, "invalid_parameters");
  assert.match(body.message, /limit/);
});

test("unknown errors are 500 without their message or stack", () => {
  const { status, body } = toHttpError(new Error("secret password=hunter2 at /internal/path"));
  assert.equal(status, 500);
  assert.doesNotMatch(JSON.stringify(body), /hunter2|internal\/path/);
});

test("driver errors map to typed errors", () => {
  assert.equal(mapDbError(new Neo4jError("gone", "ServiceUnavailable", "", "")).code, "neo4j_unavailable");
  const syntax = mapDbError(
    new Neo4jError(
      "Invalid input 'X': expected ... (line 2, column 5 (offset: 17))",
      "Neo.ClientError.Statement.SyntaxError",
      "",
      "",
    ),
  );
  assert.equal(syntax.code, "cypher_error");
  assert.deepEqual((syntax.details as { position: unknown }).position, { line: 2, column: 5, offset: 17 });
  assert.equal(
    mapDbError(
      new Neo4jError("Writing in read access mode not allowed", "Neo.ClientError.Statement.AccessMode", "", ""),
    ).code,
    "forbidden",
  );
});

test("positions are read from Neo4j messages", () => {
  assert.deepEqual(errorPosition("foo (line 3, column 1 (offset: 40))"), { line: 3, column: 1, offset: 40 });
  assert.equal(errorPosition("no position"), undefined);
});
