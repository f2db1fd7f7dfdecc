// Snapshots are validated on load; newer or broken ones are refused with a message that says why.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { compactSnapshot, parseSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "../../src/shared/index.ts";

const savedQuery = {
  name: "lookalike",
  title: "Lookalike",
  description: "A map shaped like a node.",
  tags: [],
  params: [],
  cypher: "RETURN 1",
};

const minimal = () => ({
  format: SNAPSHOT_FORMAT,
  version: SNAPSHOT_VERSION,
  exportedAt: "2026-11-24T16:00:00.000Z",
  origin: { server: "bolt://127.0.0.1:7687", database: "neo4j", neo4jVersion: "5.26.30" },
  nodes: [{ id: "4:x:1", labels: ["Entity", "Person"], properties: { id: "jack-ma", name: "Jack Ma" } }],
  relationships: [],
  sources: [],
  schema: { labels: [{ name: "Person", count: 1 }], relationshipTypes: [], propertyKeys: ["id", "name"] },
  queries: [],
});

test("a valid snapshot parses", () => {
  assert.equal(parseSnapshot(minimal()).nodes[0]?.properties.name, "Jack Ma");
});

test("a newer snapshot is refused by version, naming both versions", () => {
  assert.throws(
    () => parseSnapshot({ ...minimal(), version: SNAPSHOT_VERSION + 1 }),
    new RegExp(`version ${SNAPSHOT_VERSION + 1}, newer than this explorer reads \\(${SNAPSHOT_VERSION}\\)`),
  );
});

test("something that is not a snapshot is refused as such", () => {
  assert.throws(() => parseSnapshot({ hello: 1 }), /not an explorer snapshot/);
  assert.throws(() => parseSnapshot(null), /not an explorer snapshot/);
});

test("a damaged snapshot names the broken field", () => {
  const broken = minimal() as Record<string, unknown>;
  broken.nodes = [{ id: 7 }];
  assert.throws(() => parseSnapshot(broken), /damaged: nodes\.0\.id/);
});

test("on disk, saved-query results refer to the graph; reading them back gives the exported snapshot, smaller", () => {
  const fixture = parseSnapshot(
    JSON.parse(readFileSync(new URL("../fixtures/article-snapshot.json", import.meta.url), "utf8")),
  );
  const file = compactSnapshot(fixture, SNAPSHOT_VERSION);
  const written = JSON.stringify(file);
  assert.ok(
    written.length < JSON.stringify(fixture).length * 0.8,
    `${written.length} vs ${JSON.stringify(fixture).length}`,
  );
  assert.ok(
    file.queries.some((q) => q.result.nodes.some((n) => typeof n === "string")),
    "results hold ids",
  );
  assert.match(written, /"\$node":/);
  const back = parseSnapshot(JSON.parse(written));
  assert.deepEqual(back.queries, fixture.queries);
  assert.deepEqual(back.nodes, fixture.nodes);
});

test("a user's map that only looks like a node stays as it is", () => {
  const s = parseSnapshot(minimal());
  const lookalike = { id: "4:x:1", labels: ["Entity", "Person"], properties: { id: "jack-ma", name: "Someone else" } };
  const result = {
    nodes: [],
    relationships: [],
    columns: ["m"],
    rows: [{ m: lookalike }],
    summary: { resultAvailableAfterMs: 1, capped: false, timedOut: false, rowCount: 1 },
  };
  const withQuery = { ...s, queries: [{ query: savedQuery, params: {}, result }] };
  const file = compactSnapshot(withQuery, SNAPSHOT_VERSION);
  assert.deepEqual(file.queries[0]?.result.rows?.[0], { m: lookalike });
});

test("a result referring to a node the snapshot lacks is refused, naming where", () => {
  const file = {
    ...minimal(),
    queries: [
      {
        query: savedQuery,
        params: {},
        result: {
          nodes: ["4:x:404"],
          relationships: [],
          summary: { resultAvailableAfterMs: 1, capped: false, timedOut: false, rowCount: 1 },
        },
      },
    ],
  };
  assert.throws(
    () => parseSnapshot(file),
    /queries\.0\.result\.nodes\.0 refers to 4:x:404, which is not in the snapshot/,
  );
});

test("version 1 snapshots (results in full) are still read", () => {
  const v1 = {
    ...JSON.parse(readFileSync(new URL("../fixtures/article-snapshot.json", import.meta.url), "utf8")),
    version: 1,
  };
  assert.equal(parseSnapshot(v1).queries.length, v1.queries.length);
});

test("a node whose properties come in another order is still recognised as the graph's node", () => {
  const s = parseSnapshot(minimal());
  const node = s.nodes[0]!;
  const reordered = { properties: { name: "Jack Ma", id: "jack-ma" }, labels: node.labels, id: node.id };
  const result = {
    nodes: [reordered],
    relationships: [],
    columns: ["n"],
    rows: [{ n: reordered }],
    summary: { resultAvailableAfterMs: 1, capped: false, timedOut: false, rowCount: 1 },
  };
  const file = compactSnapshot({ ...s, queries: [{ query: savedQuery, params: {}, result }] }, SNAPSHOT_VERSION);
  assert.deepEqual(file.queries[0]?.result.nodes, [node.id]);
  assert.deepEqual(file.queries[0]?.result.rows?.[0], { n: { $node: node.id } });
});
