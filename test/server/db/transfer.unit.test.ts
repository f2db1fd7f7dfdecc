// Parameters and errors survive the trip to a guard worker: driver integers and dates keep their types.
import { test } from "node:test";
import assert from "node:assert/strict";
import neo4j, { isDate, isInt } from "neo4j-driver";
import { decodeError, decodeParams, encodeError, encodeParams } from "../../../src/server/db/transfer.ts";
import { BadRequestError } from "../../../src/server/errors.ts";
import { toHttpError } from "../../../src/server/http/error-handler.ts";

/** What postMessage does to a value. */
const clone = <T>(value: T): T => structuredClone(value);

test("integers (beyond 2^53 too) and dates round-trip through structured cloning, plain JSON is untouched", () => {
  const params = {
    limit: neo4j.int(5),
    big: neo4j.int("9007199254740993"),
    day: new neo4j.types.Date(2024, 2, 29),
    list: [neo4j.int(1), "x"],
    text: "$int",
    obj: { $int: 3, other: 1 },
  };
  const back = decodeParams(clone(encodeParams(params))) as Record<string, unknown>;
  assert.ok(isInt(back.limit) && String(back.limit) === "5");
  assert.equal(String(back.big), "9007199254740993");
  assert.ok(isDate(back.day) && String(back.day) === "2024-02-29");
  assert.ok(isInt((back.list as unknown[])[0]));
  assert.equal(back.text, "$int");
  assert.deepEqual(back.obj, { $int: 3, other: 1 });
});

test("app errors keep their code (and so their HTTP status); anything else becomes a bare internal error", () => {
  const bad = decodeError(clone(encodeError(new BadRequestError("too deep", { maxDepth: 64 }))));
  assert.deepEqual(toHttpError(bad), {
    status: 400,
    body: { error: "bad_request", message: "too deep", details: { maxDepth: 64 } },
  });
  const internal = toHttpError(decodeError(clone(encodeError(new Error("secret /work/path")))));
  assert.equal(internal.status, 500);
  assert.doesNotMatch(JSON.stringify(internal.body), /secret/);
});
