// Parameter coercion: defaults fill gaps, text becomes typed values, integers and dates become driver types, mistakes name the field.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import neo4j, { isInt, isDate } from "neo4j-driver";
import { BadRequestError } from "../../../src/server/errors.ts";
import { coerceParams, parseValue, type SavedQuery } from "../../../src/server/saved-queries/index.ts";

const query: SavedQuery = {
  name: "q",
  title: "Q",
  description: "D",
  tags: [],
  cypher: "RETURN $text, $amount, $limit, $strict, $since",
  params: [
    { name: "text", type: "string", default: "jack-ma", example: "eddie-wu", description: "t" },
    { name: "amount", type: "number", default: 0, example: 1e9, description: "a" },
    { name: "limit", type: "integer", default: 10, example: 3, description: "l" },
    { name: "strict", type: "boolean", default: false, example: true, description: "s" },
    { name: "since", type: "date", default: "2019-01-01", example: "2024-02-29", description: "d" },
  ],
};

function rejects(raw: Record<string, unknown>, pattern: RegExp, param: string): void {
  assert.throws(
    () => coerceParams(query, raw),
    (err: unknown) => {
      assert.ok(err instanceof BadRequestError, "a BadRequestError (HTTP 400)");
      assert.match(err.message, pattern);
      assert.equal((err.details as { param: string }).param, param);
      return true;
    },
  );
}

describe("coerceParams", () => {
  it("applies every default, with integers as neo4j Integers and dates as neo4j Dates", () => {
    const out = coerceParams(query, {});
    assert.equal(out.text, "jack-ma");
    assert.equal(out.amount, 0);
    assert.ok(isInt(out.limit), "LIMIT needs an integer, not a float");
    assert.ok(neo4j.int(10).equals(out.limit as never));
    assert.equal(out.strict, false);
    assert.ok(isDate(out.since));
    assert.equal(String(out.since), "2019-01-01");
  });

  it("treats null and undefined as 'use the default'", () => {
    assert.equal(coerceParams(query, { text: null, amount: undefined }).text, "jack-ma");
  });

  it("converts CLI text to each type", () => {
    const out = coerceParams(query, {
      text: "qwen",
      amount: "1_000_000.5",
      limit: "3",
      strict: "yes",
      since: "2024-02-29",
    });
    assert.equal(out.text, "qwen");
    assert.equal(out.amount, 1_000_000.5);
    assert.equal((out.limit as { toNumber(): number }).toNumber(), 3);
    assert.equal(out.strict, true);
    assert.equal(String(out.since), "2024-02-29");
  });

  it("accepts typed JSON values as they are", () => {
    const out = coerceParams(query, { text: 42, amount: 2.5e11, limit: 7, strict: true });
    assert.equal(out.text, "42");
    assert.equal(out.amount, 2.5e11);
    assert.equal((out.limit as { toNumber(): number }).toNumber(), 7);
    assert.equal(out.strict, true);
  });

  it("rejects bad values, naming the parameter", () => {
    rejects({ amount: "lots" }, /^Parameter 'amount' of saved query 'q': expected a number, got 'lots'\.$/, "amount");
    rejects({ amount: "" }, /'amount'.*expected a number, got ''/, "amount");
    rejects({ limit: "2.5" }, /'limit'.*expected a whole number, got '2\.5'/, "limit");
    rejects({ limit: 2.5 }, /'limit'.*expected a whole number, got 2\.5/, "limit");
    rejects({ limit: "99999999999999999999" }, /'limit'.*too large/, "limit");
    rejects({ strict: "maybe" }, /'strict'.*expected true or false, got 'maybe'/, "strict");
    rejects({ since: "2023-02-30" }, /'since'.*'2023-02-30' is not a calendar date/, "since");
    rejects({ since: "24/02/2024" }, /'since'.*expected a date as YYYY-MM-DD/, "since");
    rejects({ text: { a: 1 } }, /'text'.*expected text/, "text");
  });

  it("rejects unknown parameters, suggesting the close one and listing the known ones", () => {
    rejects(
      { limt: "3" },
      /^Unknown parameter 'limt' for saved query 'q' \(did you mean 'limit'\?\); it takes 'text', 'amount', 'limit', 'strict', 'since'\.$/,
      "limt",
    );
    const bare: SavedQuery = { ...query, params: [] };
    assert.throws(() => coerceParams(bare, { x: 1 }), /it takes no parameters/);
  });
});

describe("parseValue", () => {
  it("knows the boolean words and leaves strings alone", () => {
    for (const w of ["true", "TRUE", "yes", "on", "1"])
      assert.deepEqual(parseValue("boolean", w), { ok: true, value: true });
    for (const w of ["false", "No", "off", "0"]) assert.deepEqual(parseValue("boolean", w), { ok: true, value: false });
    assert.deepEqual(parseValue("string", "  padded  "), { ok: true, value: "  padded  " });
  });

  it("reads numbers in the usual notations", () => {
    assert.deepEqual(parseValue("number", "-1.5e3"), { ok: true, value: -1500 });
    assert.deepEqual(parseValue("number", " 42 "), { ok: true, value: 42 });
    assert.equal(parseValue("number", "0x10").ok, false);
    assert.equal(parseValue("number", "1__0").ok, false);
    assert.equal(parseValue("number", Infinity).ok, false);
  });
});
