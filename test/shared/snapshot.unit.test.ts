// Snapshots are validated on load; newer or broken ones are refused with a message that says why.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from "../../src/shared/index.ts";

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
  assert.throws(() => parseSnapshot({ ...minimal(), version: SNAPSHOT_VERSION + 1 }), new RegExp(`version ${SNAPSHOT_VERSION + 1}, newer than this explorer reads \\(${SNAPSHOT_VERSION}\\)`));
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
