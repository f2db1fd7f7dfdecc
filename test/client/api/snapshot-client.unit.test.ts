// The snapshot DataSource and query client stand in for the API: same shapes, stored results, clear refusals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  parseSnapshot,
  snapshotGraphName,
  NodeDetailSchema,
  SearchResponseSchema,
  PathsResponseSchema,
  NeighborsResponseSchema,
  graphAnswer,
} from "../../../src/shared/index.ts";
import { ApiRequestError, createSnapshotClient, OFFLINE_CODE } from "../../../src/client/api/index.ts";
import { schemaFromGraph } from "../../../src/client/core/perspective/index.ts";

const snapshot = parseSnapshot(
  JSON.parse(readFileSync(new URL("../../fixtures/article-snapshot.json", import.meta.url), "utf8")),
);
const source = createSnapshotClient(snapshot);

test("reads answer in the API's validated shapes", async () => {
  SearchResponseSchema.parse(await source.call("search", { query: { q: "馬雲" } }));
  NodeDetailSchema.parse(await source.call("node", { params: { id: "jack-ma" } }));
  NeighborsResponseSchema.parse(await source.call("neighbors", { params: { id: "alibaba" }, query: { limit: 3 } }));
  PathsResponseSchema.parse(await source.call("paths", { query: { from: "jack-ma", to: "apple" } }));
  assert.equal(graphAnswer(await source.call("graph", {})).nodes.length, snapshot.nodes.length);
});

test("an unknown node is a 404 like the API's", async () => {
  await assert.rejects(
    source.call("node", { params: { id: "nobody" } }),
    (e: unknown) => e instanceof ApiRequestError && e.httpStatus === 404,
  );
});

test("saved queries return their stored results with default parameters", async () => {
  const list = (await source.call("queries", {})).queries;
  assert.equal(list.length, snapshot.queries.length);
  const withParams = snapshot.queries.find((q) => q.query.params.length > 0)!;
  const defaults = Object.fromEntries(withParams.query.params.map((p) => [p.name, p.default]));
  assert.deepEqual(
    await source.call("runQuery", { params: { name: withParams.query.name }, body: { params: defaults } }),
    withParams.result,
  );
});

test("other parameters and the Cypher editor are refused with the reason and the snapshot's origin", async () => {
  const withParams = snapshot.queries.find((q) => q.query.params.length > 0)!;
  const other = Object.fromEntries(
    withParams.query.params.map((p) => [p.name, p.example === p.default ? "changed" : p.example]),
  );
  await assert.rejects(
    source.call("runQuery", { params: { name: withParams.query.name }, body: { params: other } }),
    (e: Error & { code?: string }) => e.code === OFFLINE_CODE && /needs a live database/.test((e as Error).message),
  );
  await assert.rejects(source.call("cypher", { body: { query: "MATCH (n) RETURN n" } }), (e: unknown) =>
    (e as Error).message.includes(`static snapshot of ${snapshotGraphName(snapshot)}`),
  );
});

test("the offline edition says live follow needs the server, for the teacher and for a student's link", async () => {
  const needsServer = (e: unknown) =>
    e instanceof ApiRequestError &&
    e.httpStatus === 409 &&
    e.code === OFFLINE_CODE &&
    /Live follow needs the explorer's server/.test(e.message);
  await assert.rejects(source.call("liveStart", { body: {} }), needsServer);
  await assert.rejects(source.call("liveStatus", { params: { id: "F7-2YgpQxH5GoOZi" } }), needsServer);
});

test("notes: the exported ones read-only, and adding one says it needs the server", async () => {
  const note = {
    id: "n1",
    target: { kind: "node" as const, id: "jack-ma" },
    text: "Check the date.",
    author: "Aiko",
    createdAt: "2026-11-30T10:00:00.000Z",
  };
  const withNotes = createSnapshotClient({ ...snapshot, notes: [note] });
  const found = await withNotes.call("notesFor", {
    body: {
      targets: [
        { kind: "node", id: "jack-ma" },
        { kind: "node", id: "alibaba" },
      ],
    },
  });
  assert.deepEqual(found, { notes: [note], writable: false });
  assert.deepEqual(await source.call("notes", { query: { kind: "node", id: "jack-ma" } }), {
    notes: [],
    writable: false,
  });
  await assert.rejects(
    withNotes.call("addNote", { body: { target: note.target, text: "more", author: "Ben" } }),
    (e: unknown) =>
      e instanceof ApiRequestError &&
      e.httpStatus === 409 &&
      /Adding a note needs the explorer's server/.test(e.message),
  );
});

test("a file without a discovered schema answers with the one the snapshot worker derives, once it comes", async () => {
  const { graph: _own, ...rest } = snapshot.schema;
  const without = { ...snapshot, schema: rest, perspective: undefined };
  const own = schemaFromGraph([...snapshot.nodes, ...snapshot.sources], snapshot.relationships);
  // Told apart from one derived on the page by a label no node has.
  const derived = { ...own, labels: [...own.labels, { name: "FromTheWorker", count: 1, properties: [] }] };
  let arrive: (schema: typeof derived) => void = () => {};
  const later = new Promise<typeof derived | null>((resolve) => (arrive = resolve));
  const client = createSnapshotClient(without, undefined, later);
  const answers = Promise.all([client.call("schema", {}), client.call("perspective", {})]);
  arrive(derived);
  const [schema, perspective] = await answers;
  assert.deepEqual(schema.graph, derived);
  assert.equal(perspective.source, "generated");
  // A worker that failed (null): the page derives the schema itself.
  const fallback = await createSnapshotClient(without, undefined, Promise.resolve(null)).call("schema", {});
  assert.ok(!fallback.graph?.labels.some((l) => l.name === "FromTheWorker"));
  assert.ok(fallback.graph?.labels.length);
});
