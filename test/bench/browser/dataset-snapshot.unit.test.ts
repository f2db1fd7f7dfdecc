// The converter from a synthetic data set to an offline snapshot: shape, ids, counts, and refusals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetToSnapshot } from "../../../src/bench/browser/dataset-snapshot.ts";
import { createDataset, writeDataset } from "../../../src/generate/index.ts";
import { parseSnapshot } from "../../../src/shared/index.ts";
import { createOfflineEngine } from "../../../src/client/lib/offline/index.ts";

test("rows become a snapshot the offline engine answers from", async () => {
  const dataset = createDataset({ entities: 200, relationships: 600, seed: 3 });
  const snapshot = await datasetToSnapshot(dataset, { exportedAt: "2025-01-01T00:00:00.000Z" });
  assert.equal(parseSnapshot(JSON.parse(JSON.stringify(snapshot))).nodes.length, 200);
  assert.equal(snapshot.relationships.length, 600);
  assert.ok(snapshot.nodes.every((n) => n.id.includes(":") && n.labels.includes("Entity")));
  assert.equal(snapshot.schema.labels.find((l) => l.name === "Entity")?.count, 200);
  assert.equal(
    snapshot.schema.relationshipTypes.reduce((n, t) => n + t.count, 0),
    600,
  );
  const hub = dataset.manifest().hubs[0]!;
  const engine = createOfflineEngine(snapshot);
  const page = engine.neighbors(hub.id, { direction: "both", limit: 50 });
  assert.equal(page.total, hub.degree);
});

test("a written data set folder gives the same snapshot as its rows", async () => {
  const dir = await mkdtemp(join(tmpdir(), "kg-dataset-"));
  try {
    const opts = { entities: 100, relationships: 300, seed: 9 };
    await writeDataset(dir, opts);
    const fromDir = await datasetToSnapshot(dir, { exportedAt: "2025-01-01T00:00:00.000Z" });
    const fromRows = await datasetToSnapshot(
      { ...createDataset(opts), source: fromDir.sources[0]!.properties as never },
      { exportedAt: "2025-01-01T00:00:00.000Z" },
    );
    assert.deepEqual(fromDir, fromRows);
    assert.equal(fromDir.sources[0]!.properties.id, "synthetic-news-s9");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a relationship to an unknown entity is refused by name", async () => {
  const entities = createDataset({ entities: 10, relationships: 0, seed: 1 }).entities;
  const relationships = [
    { type: "FOUNDED", from: String(entities[0]!.props.id), to: "person-999999", props: { quote: "q", source: "s" } },
  ];
  await assert.rejects(datasetToSnapshot({ entities, relationships }), /unknown entity: person-999999/);
});
