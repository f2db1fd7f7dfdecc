import { test } from "node:test";
import assert from "node:assert/strict";
import { createHttpClient, describeFailure, type FetchLike } from "../../../src/client/api/index.ts";
import { queryString } from "../../../src/shared/index.ts";
import { node, rel, summary } from "../fixtures.ts";

function fakeFetch(body: unknown, calls: string[], status = 200): FetchLike {
  return async (url) => {
    calls.push(url);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
}

const ma = node("e:1", ["Person"], { id: "jack-ma" });

test("query strings leave out what is unset and join lists", () => {
  assert.equal(queryString({}), "");
  assert.equal(queryString({ q: "馬雲", labels: [], limit: 8, cursor: undefined }), "?q=%E9%A6%AC%E9%9B%B2&limit=8");
  assert.equal(queryString({ types: ["FOUNDED", "LEADS"] }), "?types=FOUNDED%2CLEADS");
});

test("search, neighbours and paths ask the right endpoints and validate the answers", async () => {
  const calls: string[] = [];
  const hit = { node: ma, key: "jack-ma", name: "Jack Ma", matched: "馬雲", label: "Person", score: 3 };
  await createHttpClient("", fakeFetch({ query: "馬雲", hits: [hit] }, calls)).call("search", {
    query: { q: "馬雲", limit: 8 },
  });
  const page = {
    center: ma,
    nodes: [ma],
    relationships: [rel("r", "T", "e:1", "e:2")],
    total: 120,
    nextCursor: "50",
    summary,
  };
  const neighbours = await createHttpClient("", fakeFetch(page, calls)).call("neighbors", {
    params: { id: "4:ab:1" },
    query: { types: ["FOUNDED"], limit: 50, cursor: "50" },
  });
  assert.equal(neighbours.total, 120);
  const paths = { from: ma, to: ma, direction: "out", paths: [], nodes: [], relationships: [], summary };
  await createHttpClient("", fakeFetch(paths, calls)).call("paths", { query: { from: "jack-ma", to: "apple" } });
  assert.deepEqual(calls, [
    "/api/search?q=%E9%A6%AC%E9%9B%B2&limit=8",
    "/api/nodes/4%3Aab%3A1/neighbors?types=FOUNDED&limit=50&cursor=50",
    "/api/paths?from=jack-ma&to=apple",
  ]);
});

test("a neighbours answer without its total is refused at the trust boundary", async () => {
  const source = createHttpClient("", fakeFetch({ center: ma, nodes: [], relationships: [], summary }, []));
  const failure = describeFailure(
    await source.call("neighbors", { params: { id: "jack-ma" } }).catch((e: unknown) => e),
  );
  assert.equal(failure.title, "Unexpected data from the server");
  assert.match(failure.message, /total/);
});

test("a 503 from search reads as the database being unreachable", async () => {
  const source = createHttpClient(
    "",
    fakeFetch({ error: "neo4j_unavailable", message: "Neo4j is not reachable" }, [], 503),
  );
  const failure = describeFailure(await source.call("search", { query: { q: "ma" } }).catch((e: unknown) => e));
  assert.deepEqual(failure, {
    title: "The graph database is unreachable",
    message: "Neo4j is not reachable",
    httpStatus: 503,
  });
});
