// The slide PNG's size and layout, and its source line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { slideLayout, slideSize, slideSourceLine } from "../../../src/client/lib/export/index.ts";

test("a laptop's stage gives a 1920×1080 slide; a stage bigger than that (4K) gives twice its size", () => {
  assert.deepEqual(slideSize({ width: 600, height: 678 }), { width: 1920, height: 1080 });
  assert.deepEqual(slideSize({ width: 1020, height: 541 }), { width: 1920, height: 1080 });
  assert.deepEqual(slideSize({ width: 1100, height: 800 }), { width: 1920, height: 1080 });
  assert.deepEqual(slideSize({ width: 2400, height: 1300 }), { width: 4800, height: 2600 });
  assert.deepEqual(slideSize({ width: 3000, height: 500 }), { width: 1920, height: 1080 });
});

test("title, graph, legend and source line do not overlap and stay inside the slide", () => {
  const layout = slideLayout({ width: 1920, height: 1080 });
  const boxes = [layout.title, layout.graph, layout.legend, layout.source];
  for (const b of boxes) {
    assert.ok(b.x >= 0 && b.y >= 0 && b.x + b.width <= 1920 && b.y + b.height <= 1080, JSON.stringify(b));
    assert.ok(b.width > 0 && b.height > 0);
  }
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      assert.ok(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
    }
  assert.ok(layout.graph.width > 1920 * 0.7, "the graph keeps most of the width");
});

test("the source line names each source once, in first-seen order, and counts the rest", () => {
  assert.equal(
    slideSourceLine(["Nikkei", "Nikkei", " FT "], "Explorer", "2026-11-30"),
    "Source: Nikkei; FT · Explorer, 2026-11-30",
  );
  assert.equal(slideSourceLine(["a", "b", "c", "d", "e"], "X", "d"), "Source: a; b; c; 2 more · X, d");
  assert.equal(slideSourceLine([], "X", "d"), "X, d");
});
