// A "through" stop: two legs joined into one answer, shortest first, no node visited twice; every route highlighted.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  INITIAL_PATHS,
  joinLegs,
  routeHighlight,
  setEndpoint,
  swapEndpoints,
  clearPaths,
} from "../../../src/client/core/paths/index.ts";
import type { GraphPath, PathsResponse } from "../../../src/shared/index.ts";

const node = (id: string) => ({ id, labels: ["Entity"], properties: { id } });
const path = (...nodes: string[]): GraphPath => ({
  length: nodes.length - 1,
  nodes,
  hops: nodes.slice(1).map((to, i) => ({
    from: nodes[i]!,
    to,
    relationship: { id: `${nodes[i]}-${to}`, type: "R", start: nodes[i]!, end: to, properties: {} },
  })),
});
const response = (paths: GraphPath[], direction: "out" | "both" = "out"): PathsResponse =>
  ({
    nodes: [...new Set(paths.flatMap((p) => p.nodes))].map(node),
    relationships: paths.flatMap((p) => p.hops.map((hop) => hop.relationship)),
    summary: {},
    paths,
    from: node(paths[0]!.nodes[0]!),
    to: node(paths[0]!.nodes.at(-1)!),
    direction,
  }) as unknown as PathsResponse;

test("two legs join into routes through the stop, shortest first, leaving out routes that repeat a node", () => {
  const first = response([path("ma", "wu"), path("ma", "tsai", "wu"), path("ma", "qwen", "wu")]);
  const second = response([path("wu", "qwen", "apple"), path("wu", "apple")], "both");
  const joined = joinLegs(first, second);
  assert.deepEqual(
    joined.paths.map((p) => p.nodes.join(">")),
    ["ma>wu>apple", "ma>wu>qwen>apple", "ma>tsai>wu>apple", "ma>qwen>wu>apple", "ma>tsai>wu>qwen>apple"],
  );
  assert.ok(joined.paths.every((p) => p.hops.length === p.length && p.nodes.length === p.length + 1));
  assert.equal(joined.from.id, "ma");
  assert.equal(joined.to.id, "apple");
  assert.equal(joined.direction, "both", "either leg searched both ways says so");
  assert.equal(new Set(joined.nodes.map((n) => n.id)).size, joined.nodes.length, "nodes once each");
  assert.equal(joinLegs(first, second, 2).paths.length, 2, "at most k routes");
});

test("the stop survives a swap, is cleared with the ends, and every route is highlighted beside the chosen one", () => {
  let state = setEndpoint(setEndpoint(setEndpoint(INITIAL_PATHS, "from", "ma"), "to", "apple"), "via", "wu");
  assert.equal(swapEndpoints(state).via, "wu");
  assert.equal(clearPaths(state).via, null);
  const answer = joinLegs(response([path("ma", "wu"), path("ma", "tsai", "wu")]), response([path("wu", "apple")]));
  state = { ...state, result: { status: "ready", response: answer, route: 1 } };
  const lit = routeHighlight(state)!;
  assert.deepEqual([...lit.nodes], ["ma", "tsai", "wu", "apple"]);
  assert.deepEqual([...lit.otherNodes!].sort(), ["apple", "ma", "tsai", "wu"]);
  assert.deepEqual([...lit.otherEdges!].sort(), ["ma-tsai", "ma-wu", "tsai-wu", "wu-apple"]);
});

test("a leg cut short at the server's time budget makes the joined answer cut short too", () => {
  const whole = response([path("ma", "wu")]);
  const cut = { ...response([path("wu", "apple")]), truncated: { reason: "time-budget" as const, budgetMs: 700 } };
  assert.deepEqual(joinLegs(whole, cut).truncated, { reason: "time-budget", budgetMs: 700 });
  assert.deepEqual(joinLegs(cut, whole).truncated, { reason: "time-budget", budgetMs: 700 });
  assert.equal(joinLegs(whole, whole).truncated, undefined);
});
