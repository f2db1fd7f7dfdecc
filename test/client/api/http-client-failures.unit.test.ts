import { test } from "node:test";
import assert from "node:assert/strict";
import { ApiRequestError, createHttpClient, describeFailure, type FetchLike } from "../../../src/client/api/index.ts";
import { graphAnswer } from "../../../src/shared/index.ts";
import { samplePayload } from "../fixtures.ts";

function fakeFetch(status: number, body: string, calls: string[] = []): FetchLike {
  return async (url) => {
    calls.push(url);
    return new Response(body, { status, headers: { "content-type": "application/json" } });
  };
}

test("the graph endpoint validates and returns the payload", async () => {
  const calls: string[] = [];
  const source = createHttpClient("", fakeFetch(200, JSON.stringify(samplePayload()), calls));
  const payload = graphAnswer(await source.call("graph", {}));
  assert.equal(payload.nodes.length, 4);
  assert.deepEqual(calls, ["/api/graph"]);
});

test("the node endpoint encodes the id into the path", async () => {
  const calls: string[] = [];
  const detail = { node: samplePayload().nodes[0], degree: {}, relationships: [], sources: [] };
  const source = createHttpClient("", fakeFetch(200, JSON.stringify(detail), calls));
  await source.call("node", { params: { id: "4:abc:1" } });
  assert.deepEqual(calls, ["/api/nodes/4%3Aabc%3A1"]);
});

test("a 503 with the server's error body becomes a 'database unreachable' failure with its message", async () => {
  const body = JSON.stringify({
    error: "neo4j_unavailable",
    message: "Neo4j is not reachable at bolt://127.0.0.1:7687",
  });
  const source = createHttpClient("", fakeFetch(503, body));
  const error = await source.call("graph", {}).catch((e: unknown) => e);
  assert.ok(error instanceof ApiRequestError);
  assert.equal(error.kind, "http");
  assert.equal(error.code, "neo4j_unavailable");
  assert.deepEqual(describeFailure(error), {
    title: "The graph database is unreachable",
    message: "Neo4j is not reachable at bolt://127.0.0.1:7687",
    httpStatus: 503,
  });
});

test("an error status without a JSON body still gets a message", async () => {
  const source = createHttpClient("", fakeFetch(502, "<html>Bad gateway</html>"));
  const failure = describeFailure(await source.call("graph", {}).catch((e: unknown) => e));
  assert.equal(failure.title, "The server could not answer");
  assert.match(failure.message, /HTTP 502/);
});

test("an empty error response (a proxy with nothing behind it) reads as 'cannot reach the API'", async () => {
  const source = createHttpClient("", fakeFetch(500, ""));
  const failure = describeFailure(await source.call("graph", {}).catch((e: unknown) => e));
  assert.equal(failure.title, "Cannot reach the explorer API");
  assert.equal(failure.httpStatus, 500);
  assert.match(failure.message, /Is the server running\?/);
});

test("a 200 that does not match the schema is rejected at the trust boundary", async () => {
  const source = createHttpClient("", fakeFetch(200, JSON.stringify({ nodes: "nope" })));
  const failure = describeFailure(await source.call("graph", {}).catch((e: unknown) => e));
  assert.equal(failure.title, "Unexpected data from the server");
  assert.match(failure.message, /nodes/);
});

test("invalid JSON with status 200 is rejected too", async () => {
  const source = createHttpClient("", fakeFetch(200, "not json"));
  const error = await source.call("graph", {}).catch((e: unknown) => e);
  assert.ok(error instanceof ApiRequestError && error.kind === "invalid-response");
});

test("a network failure says the API cannot be reached", async () => {
  const source = createHttpClient("", async () => {
    throw new TypeError("fetch failed");
  });
  const failure = describeFailure(await source.call("graph", {}).catch((e: unknown) => e));
  assert.equal(failure.title, "Cannot reach the explorer API");
  assert.equal(failure.httpStatus, null);
  assert.match(failure.message, /fetch failed/);
});

test("an aborted request rethrows the abort instead of reporting a failure", async () => {
  const controller = new AbortController();
  controller.abort();
  const source = createHttpClient("", async (_url, init) => {
    init?.signal?.throwIfAborted();
    throw new Error("unreachable");
  });
  const error = await source.call("graph", {}, controller.signal).catch((e: unknown) => e);
  assert.ok(error instanceof DOMException && error.name === "AbortError");
});

test("unknown errors are still described", () => {
  assert.deepEqual(describeFailure(new Error("x")), { title: "Something went wrong", message: "x", httpStatus: null });
  assert.equal(describeFailure("plain").message, "plain");
});

test("a 503 'busy' (an ad-hoc query still holds the slot) is not called an unreachable database", async () => {
  const body = JSON.stringify({ error: "busy", message: "The explorer runs at most 1 ad-hoc query at a time" });
  const source = createHttpClient("", fakeFetch(503, body));
  const failure = describeFailure(
    await source.call("cypher", { body: { query: "RETURN 1" } }).catch((e: unknown) => e),
  );
  assert.equal(failure.title, "Busy: wait for the query still running");
  assert.match(failure.message, /at most 1 ad-hoc query/);
});
