// Leaving out overlapping node labels: the most important label keeps its place, nothing is left out without cause.
import { test } from "node:test";
import assert from "node:assert/strict";
import { declutterLabels, type LabelCandidate } from "../../../../src/client/lib/label-geometry/label-declutter.ts";

const label = (key: string, left: number, top: number, width: number, priority: number): LabelCandidate => ({
  key,
  box: { left, right: left + width, top, bottom: top + 14 },
  priority,
});

test("of two overlapping labels the one with the lower priority is left out, whichever comes first", () => {
  const big = label("big", 0, 0, 100, 20);
  const small = label("small", 50, 5, 100, 8);
  assert.deepEqual([...declutterLabels([small, big])], ["small"]);
  assert.deepEqual([...declutterLabels([big, small])], ["small"]);
});

test("a label is left out only for overlapping one that is kept: a chain keeps every other label", () => {
  // a overlaps b, b overlaps c, a and c are apart: b goes, so c stays.
  const a = label("a", 0, 0, 60, 3);
  const b = label("b", 50, 0, 60, 2);
  const c = label("c", 100, 0, 60, 1);
  assert.deepEqual([...declutterLabels([a, b, c])], ["b"]);
});

test("labels apart by more than the gap are all kept; touching ones are not", () => {
  const row = [0, 1, 2, 3].map((i) => label(`n${i}`, i * 110, 0, 100, i));
  assert.equal(declutterLabels(row).size, 0);
  assert.equal(
    declutterLabels([label("x", 0, 0, 100, 2), label("y", 101, 0, 50, 1)]).size,
    1,
    "a 1 px gap is too little",
  );
  assert.equal(declutterLabels([label("x", 0, 0, 100, 2), label("y", 0, 20, 100, 1)]).size, 0, "lines 6 px apart");
});

test("equal priorities are settled by key, so one view always shows the same labels", () => {
  const one = [label("b", 0, 0, 50, 1), label("a", 10, 0, 50, 1)];
  assert.deepEqual([...declutterLabels(one)], ["b"]);
  assert.deepEqual([...declutterLabels([...one].reverse())], ["b"]);
});
