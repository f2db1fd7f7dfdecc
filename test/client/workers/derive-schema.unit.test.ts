// The snapshot worker derives the discovered schema off the page: the same answer the page used to compute itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { expandSnapshotFile, validateSnapshotFile } from "../../../src/shared/index.ts";
import { createSnapshotClient } from "../../../src/client/api/index.ts";
import { derivedGraphSchema } from "../../../src/client/workers/derive-schema.ts";

const file = validateSnapshotFile(
  JSON.parse(readFileSync(new URL("../../fixtures/article-snapshot.json", import.meta.url), "utf8")),
);

test("the worker's schema of the article snapshot equals the one the page derived on its main thread", async () => {
  assert.equal(file.schema.graph, undefined, "the fixture predates the server's schema: the page had to derive it");
  // The old way: the offline client derives the schema from the expanded snapshot, on the page.
  const old = await createSnapshotClient(expandSnapshotFile(file)).call("schema", {});
  const derived = derivedGraphSchema(file);
  assert.ok(derived);
  assert.deepEqual(derived, old.graph);
  // The new way: the loader puts the worker's schema into the head; the client then answers with it as it is.
  const withSchema = expandSnapshotFile({ ...file, schema: { ...file.schema, graph: derived } });
  const client = createSnapshotClient(withSchema);
  assert.equal((await client.call("schema", {})).graph, derived);
  assert.deepEqual(
    await client.call("perspective", {}),
    await createSnapshotClient(expandSnapshotFile(file)).call("perspective", {}),
  );
  // Every node of a label is counted once (the derivation used to copy the list for each node).
  const entities = derived.labels.find((l) => l.name === "Entity");
  assert.equal(entities?.count, file.nodes.filter((n) => n.labels.includes("Entity")).length);
});

test("a snapshot that has the server's schema keeps it: nothing is derived", () => {
  const derived = derivedGraphSchema(file)!;
  assert.equal(derivedGraphSchema({ ...file, schema: { ...file.schema, graph: { ...derived, sampled: true } } }), null);
});
