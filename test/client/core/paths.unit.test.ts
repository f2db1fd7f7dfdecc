import { test } from "node:test";
import assert from "node:assert/strict";
import type { PathsResponse } from "../../../src/shared/index.ts";
import {
  clearPaths,
  currentRoute,
  INITIAL_PATHS,
  nodesOnRoutes,
  pathsFailed,
  pathsLoaded,
  pathsRequested,
  routeHighlight,
  selectRoute,
  setEndpoint,
  setRouteOrder,
  swapEndpoints,
} from "../../../src/client/core/paths/index.ts";
import { node, rel, summary } from "../fixtures.ts";

const ma = node("e:ma", ["Person"], { id: "jack-ma" });
const apple = node("e:apple", ["Company"], { id: "apple" });
const hop = (id: string, from: string, to: string) => ({
  from,
  to,
  relationship: rel(id, "T", from, to, { quote: id }),
});
const response: PathsResponse = {
  from: ma,
  to: apple,
  direction: "out",
  paths: [
    {
      length: 2,
      nodes: ["e:ma", "e:ali", "e:apple"],
      hops: [hop("r1", "e:ma", "e:ali"), hop("r2", "e:ali", "e:apple")],
    },
    {
      length: 3,
      nodes: ["e:ma", "e:tsai", "e:wu", "e:apple"],
      hops: [hop("r3", "e:ma", "e:tsai"), hop("r4", "e:tsai", "e:wu"), hop("r5", "e:wu", "e:apple")],
    },
  ],
  nodes: [],
  relationships: [],
  summary,
};

const chosen = setEndpoint(setEndpoint(INITIAL_PATHS, "from", "e:ma"), "to", "e:apple");

test("endpoints: setting one drops an old answer; swapping swaps", () => {
  const ready = pathsLoaded(pathsRequested(chosen), response);
  assert.equal(ready.result.status, "ready");
  assert.equal(setEndpoint(ready, "to", "e:apple"), ready);
  assert.deepEqual(setEndpoint(ready, "to", "e:qwen").result, { status: "idle" });
  assert.deepEqual(swapEndpoints(ready), {
    from: "e:apple",
    to: "e:ma",
    via: null,
    result: { status: "idle" },
    order: "shortest",
  });
  assert.deepEqual(clearPaths(ready), INITIAL_PATHS);
  assert.equal(clearPaths(INITIAL_PATHS), INITIAL_PATHS);
  // The route order is the reader's choice: kept by a swap and by clearing the question.
  const stated = setRouteOrder(ready, "stated");
  assert.equal(stated.order, "stated");
  assert.equal(setRouteOrder(stated, "stated"), stated);
  assert.equal(swapEndpoints(stated).order, "stated");
  assert.equal(clearPaths(stated).order, "stated");
});

test("an answer for other endpoints is stale and dropped; the route index is clamped", () => {
  const other = setEndpoint(chosen, "to", "e:qwen");
  assert.equal(pathsLoaded(other, response), other);
  const clamped = pathsLoaded(chosen, response, 9);
  assert.ok(clamped.result.status === "ready" && clamped.result.route === 1);
});

test("one route at a time: its nodes and relationships are what the reducers light", () => {
  const ready = pathsLoaded(chosen, response);
  assert.equal(currentRoute(ready)?.length, 2);
  const second = selectRoute(ready, 1);
  assert.equal(currentRoute(second)?.length, 3);
  assert.equal(selectRoute(second, 1), second);
  assert.equal(selectRoute(second, 5), second);
  const lit = routeHighlight(second)!;
  assert.deepEqual([...lit.nodes], ["e:ma", "e:tsai", "e:wu", "e:apple"]);
  assert.deepEqual([...lit.edges], ["r3", "r4", "r5"]);
  assert.equal(routeHighlight(chosen), null);
  assert.deepEqual(nodesOnRoutes(response), ["e:ma", "e:ali", "e:apple", "e:tsai", "e:wu"]);
});

test("a failure is kept only for the request it answers", () => {
  const failure = { title: "The graph database is unreachable", message: "down", httpStatus: 503 };
  assert.deepEqual(pathsFailed(pathsRequested(chosen), failure).result, { status: "error", failure });
  assert.equal(pathsFailed(chosen, failure), chosen);
});
