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
