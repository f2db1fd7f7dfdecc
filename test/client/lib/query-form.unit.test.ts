// Saved-query forms: initial values from defaults, and coercion of each field to its parameter type.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { SavedQueryParam } from "../../../src/shared/index.ts";
import { coerceField, coerceForm, initialValues } from "../../../src/client/lib/query-form/index.ts";

const p = (
  name: string,
  type: SavedQueryParam["type"],
  def: SavedQueryParam["default"],
  example: SavedQueryParam["example"] = def,
): SavedQueryParam => ({ name, type, default: def, example, description: `${name} parameter` });

const minYen = p("minYen", "number", 1000000000000, 5000000000000);
const limit = p("limit", "integer", 5, 3);
const entity = p("entity", "string", "jack-ma", "eddie-wu");
const inferences = p("includeInferences", "boolean", true, false);
const since = p("since", "date", "2019-01-01", "2024-03-31");

test("the form starts from each parameter's default: text for inputs, a state for checkboxes", () => {
  assert.deepEqual(initialValues([minYen, limit, entity, inferences, since]), {
    minYen: "1000000000000",
    limit: "5",
    entity: "jack-ma",
    includeInferences: true,
    since: "2019-01-01",
  });
});

test("numbers accept decimals, exponents and digit-group separators; anything else is named with an example", () => {
  assert.deepEqual(coerceField(minYen, "1_000_000_000_000"), { ok: true, value: 1e12 });
  assert.deepEqual(coerceField(minYen, " 1,000,000 "), { ok: true, value: 1e6 });
  assert.deepEqual(coerceField(minYen, "2.5e3"), { ok: true, value: 2500 });
  assert.deepEqual(coerceField(minYen, "-7"), { ok: true, value: -7 });
  assert.deepEqual(coerceField(minYen, "ten"), {
    ok: false,
    message: "'ten' is not a number (for example 5000000000000).",
  });
  assert.deepEqual(coerceField(minYen, "1,00"), {
    ok: false,
    message: "'1,00' is not a number (for example 5000000000000).",
  });
});

test("integers refuse fractions and unsafe sizes", () => {
  assert.deepEqual(coerceField(limit, "10"), { ok: true, value: 10 });
  assert.equal(coerceField(limit, "2.5").ok, false);
  assert.deepEqual(coerceField(limit, "99999999999999999999"), {
    ok: false,
    message: "'99999999999999999999' is too large.",
  });
});

test("text is trimmed and required; booleans come from the checkbox; dates must be real calendar days", () => {
  assert.deepEqual(coerceField(entity, "  qwen "), { ok: true, value: "qwen" });
  assert.deepEqual(coerceField(entity, "   "), { ok: false, message: "Enter a value (for example eddie-wu)." });
  assert.deepEqual(coerceField(inferences, false), { ok: true, value: false });
  assert.deepEqual(coerceField(inferences, true), { ok: true, value: true });
  assert.deepEqual(coerceField(since, "2024-02-29"), { ok: true, value: "2024-02-29" });
  assert.deepEqual(coerceField(since, "2023-02-29"), { ok: false, message: "'2023-02-29' is not a calendar date." });
  assert.equal(coerceField(since, "29/02/2024").ok, false);
});

test("the whole form reports every bad field at once, or gives typed params", () => {
  assert.deepEqual(coerceForm([minYen, limit, entity], { minYen: "x", limit: "1.5", entity: "alibaba" }), {
    ok: false,
    errors: {
      minYen: "'x' is not a number (for example 5000000000000).",
      limit: "'1.5' is not a whole number (for example 3).",
    },
  });
  assert.deepEqual(coerceForm([minYen, limit, inferences], { minYen: "0", limit: "3", includeInferences: false }), {
    ok: true,
    params: { minYen: 0, limit: 3, includeInferences: false },
  });
});
