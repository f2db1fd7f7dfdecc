// The first view of a big graph says how much of it is shown; the article's (no totals) and a whole graph say nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { firstViewNote } from "../../../src/client/commands/open-scene.ts";
import type { GraphPayload } from "../../../src/shared/index.ts";

const payload = (shown: number, total?: { nodes: number; relationships: number }): GraphPayload => ({
  nodes: Array.from({ length: shown }, (_, i) => ({ id: `4:x:${i}`, labels: ["Station"], properties: {} })),
  relationships: [],
  summary: { resultAvailableAfterMs: 0, capped: false, timedOut: false, rowCount: shown, ...(total ? { total } : {}) },
});

test("Showing N of M nodes (the busiest) only when part of the graph is shown", () => {
  assert.equal(
    firstViewNote(payload(500, { nodes: 12_345, relationships: 40_000 })),
    "Showing 500 of 12,345 nodes (the busiest); search or expand to see more.",
  );
  assert.equal(firstViewNote(payload(13, { nodes: 13, relationships: 11 })), null);
  assert.equal(firstViewNote(payload(48)), null);
  assert.equal(firstViewNote(payload(0, { nodes: 0, relationships: 0 })), null);
});
