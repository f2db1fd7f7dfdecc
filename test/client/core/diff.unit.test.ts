// The diff slice: stepping through the changes wraps around, and does nothing without a diff.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { goToStep, moveStep, type DiffState } from "../../../src/client/core/diff/index.ts";
import { GraphDiffSchema } from "../../../src/shared/index.ts";

const diff = GraphDiffSchema.parse(
  JSON.parse(readFileSync(new URL("../../fixtures/graphs/diff-v1-v2.json", import.meta.url), "utf8")),
);
const ready: DiffState = { status: "ready", source: "d.json", diff, step: null };
const stepOf = (s: DiffState) => (s.status === "ready" ? s.step : "no diff");

test("next starts at the first change and wraps after the last; previous starts at the last", () => {
  assert.equal(stepOf(moveStep(ready, 1)), 0);
  assert.equal(stepOf(moveStep(ready, -1)), 4);
  assert.equal(stepOf(moveStep(goToStep(ready, 4), 1)), 0);
  assert.equal(stepOf(moveStep(goToStep(ready, 0), -1)), 4);
});

test("a step outside the list is brought into it; null clears it; without a diff nothing moves", () => {
  assert.equal(stepOf(goToStep(ready, 7)), 2);
  assert.equal(stepOf(goToStep(goToStep(ready, 1), null)), null);
  const none: DiffState = { status: "none" };
  assert.equal(moveStep(none, 1), none);
});
