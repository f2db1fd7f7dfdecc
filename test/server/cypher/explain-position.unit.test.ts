// Syntax-error positions of the EXPLAIN pre-check are mapped back onto the user's own text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { unprefixError, unprefixPosition } from "../../../src/server/cypher/explain-position.ts";
import { CypherError, ForbiddenError } from "../../../src/server/errors.ts";

test("line 1 loses the prefix in column and offset; later lines keep their column", () => {
  assert.deepEqual(unprefixPosition({ line: 1, column: 28, offset: 27 }, 8), { line: 1, column: 20, offset: 19 });
  assert.deepEqual(unprefixPosition({ line: 3, column: 1, offset: 27 }, 8), { line: 3, column: 1, offset: 19 });
  assert.deepEqual(unprefixPosition({ line: 2, column: 4 }, 8), { line: 2, column: 4 });
});

test("an error inside the prefix itself never points before the start", () => {
  assert.deepEqual(unprefixPosition({ line: 1, column: 3, offset: 2 }, 8), { line: 1, column: 1, offset: 0 });
});

test("the message's position text and details move together; other errors pass through", () => {
  const error = new CypherError("Invalid input 'LIMT': expected ... (line 1, column 28 (offset: 27))", {
    code: "X",
    position: { line: 1, column: 28, offset: 27 },
  });
  const moved = unprefixError(error, 8);
  assert.equal(moved.message, "Invalid input 'LIMT': expected ... (line 1, column 20 (offset: 19))");
  assert.deepEqual(moved.details, { code: "X", position: { line: 1, column: 20, offset: 19 } });
  const forbidden = new ForbiddenError("Refused");
  assert.equal(unprefixError(forbidden, 8), forbidden);
  const noPosition = new CypherError("Unknown function", { code: "X" });
  assert.equal(unprefixError(noPosition, 8), noPosition);
});
