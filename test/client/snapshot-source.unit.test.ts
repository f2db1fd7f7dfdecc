// The snapshot DataSource and query client stand in for the API: same shapes, stored results, clear refusals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  parseSnapshot,
  NodeDetailSchema,
  SearchResponseSchema,
  PathsResponseSchema,
  NeighborsResponseSchema,
} from "../../src/shared/index.ts";
import { createSnapshotDataSource } from "../../src/client/api/snapshot-source.ts";
import { createSnapshotQueryClient, OFFLINE_CODE } from "../../src/client/api/snapshot-query-client.ts";
import { ApiRequestError } from "../../src/client/api/utils.ts";

const snapshot = parseSnapshot(
  JSON.parse(readFileSync(new URL("../fixtures/article-snapshot.json", import.meta.url), "utf8")),
);
const source = createSnapshotDataSource(snapshot);
const queries = createSnapshotQueryClient(snapshot);

test("reads answer in the API's validated shapes", async () => {
  SearchResponseSchema.parse(await source.search({ q: "馬雲" }));
  NodeDetailSchema.parse(await source.loadNode("jack-ma"));
  NeighborsResponseSchema.parse(await source.neighbors("alibaba", { limit: 3 }));
  PathsResponseSchema.parse(await source.paths({ from: "jack-ma", to: "apple" }));
  assert.equal((await source.loadGraph()).nodes.length, snapshot.nodes.length);
});

test("an unknown node is a 404 like the API's", async () => {
  await assert.rejects(source.loadNode("nobody"), (e: unknown) => e instanceof ApiRequestError && e.httpStatus === 404);
});

test("saved queries return their stored results with default parameters", async () => {
  const list = await queries.listQueries();
  assert.equal(list.length, snapshot.queries.length);
  const withParams = snapshot.queries.find((q) => q.query.params.length > 0)!;
  const defaults = Object.fromEntries(withParams.query.params.map((p) => [p.name, p.default]));
  assert.deepEqual(await queries.runSaved(withParams.query.name, defaults), withParams.result);
});

test("other parameters and the Cypher editor are refused with the reason and the snapshot's origin", async () => {
  const withParams = snapshot.queries.find((q) => q.query.params.length > 0)!;
  const other = Object.fromEntries(
    withParams.query.params.map((p) => [p.name, p.example === p.default ? "changed" : p.example]),
  );
  await assert.rejects(
    queries.runSaved(withParams.query.name, other),
    (e: Error & { code?: string }) => e.code === OFFLINE_CODE && /needs a live database/.test(e.message),
  );
  await assert.rejects(queries.runCypher("MATCH (n) RETURN n"), (e: Error) =>
    new RegExp(`static snapshot of ${snapshot.origin.server.replace(/[/.]/g, "\\$&")}`).test(e.message),
  );
});
