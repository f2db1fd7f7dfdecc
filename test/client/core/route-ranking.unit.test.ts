// The orders routes are offered in: the API's (shortest), directly stated first, avoiding hubs first.
import { test } from "node:test";
import assert from "node:assert/strict";
import { busiestStop, inferredHops, rankRoutes } from "../../../src/client/core/paths/index.ts";
import type { GraphPath } from "../../../src/shared/index.ts";

const hop = (from: string, to: string, note?: string) => ({
  from,
  to,
  relationship: { id: `${from}-${to}`, type: "R", start: from, end: to, properties: note ? { note } : {} },
});
const path = (...nodes: string[]): GraphPath =>
  ({
    length: nodes.length - 1,
    nodes,
    hops: nodes.slice(1).map((to, i) => hop(nodes[i]!, to, to === "wu" ? "inferred" : undefined)),
  }) as unknown as GraphPath;

const paths = [
  path("ma", "hub", "qwen", "apple"),
  path("ma", "wu", "qwen", "apple"),
  path("ma", "tsai", "qwen", "apple"),
];
const degree = (key: string) => ({ hub: 33, wu: 7, tsai: 5, qwen: 9 })[key] ?? 1;

test("shortest keeps the API's order; stated puts routes without inferred hops first", () => {
  assert.deepEqual(rankRoutes(paths, "shortest", degree), [0, 1, 2]);
  assert.equal(inferredHops(paths[1]!), 1);
  assert.deepEqual(rankRoutes(paths, "stated", degree), [0, 2, 1]);
});

test("avoiding hubs puts the route whose busiest stop is least connected first", () => {
  assert.equal(busiestStop(paths[0]!, degree), 33);
  assert.deepEqual(rankRoutes(paths, "specific", degree), [1, 2, 0]);
});
