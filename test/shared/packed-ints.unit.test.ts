// Whole numbers packed into one text read back exactly, whatever their order and size; a broken text says where.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_PACKED, packable, packInts, unpackInts } from "../../src/shared/packed-ints.ts";

test("rising, falling, negative and huge numbers read back exactly", () => {
  const cases = [
    [],
    [0],
    [0, 1, 2, 3, 4, 5],
    [5, 4, 3, 3, 3, -1, -1000, 1000],
    [MAX_PACKED, -MAX_PACKED, MAX_PACKED, 0, 2 ** 31, 2 ** 32 + 1, -(2 ** 40)],
    Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 10_007),
  ];
  for (const values of cases) assert.deepEqual(unpackInts(packInts(values)), values);
  assert.equal(packInts([0, 1, 2, 3]).length, 4, "a rising column takes one character a number");
  assert.ok(packInts([10_000, 10_001]).length <= 5);
});

test("numbers that cannot be packed exactly are refused", () => {
  for (const value of [0.5, MAX_PACKED + 1, -(MAX_PACKED + 1), Number.NaN, Infinity, -0]) {
    assert.equal(packable(value), false, String(value));
    assert.throws(() => packInts([1, value]), RangeError);
  }
});

test("a broken text names the character", () => {
  assert.throws(() => unpackInts("AB=C"), /character 2 \("="\) is no base-64 digit/);
  assert.throws(() => unpackInts("Ag"), /the text ends inside a number \(2 characters\)/);
  assert.throws(() => unpackInts("gggggggggggggggA"), /too long|past/);
});
