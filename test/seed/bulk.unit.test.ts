// The bulk loader's checks without a database: written files read back, bad lines named by file:line, labels allow-listed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeDataset } from "../../src/generate/index.ts";
import { readManifest } from "../../src/seed/bulk/index.ts";
import { readJsonLines } from "../../src/seed/bulk/read-lines.ts";
import { EntityLineSchema, RelationshipLineSchema } from "../../src/seed/bulk/rows.ts";
import { Batcher } from "../../src/seed/bulk/batches.ts";
import { createEntities, createRelationships } from "../../src/seed/bulk/queries.ts";
import { SeedFileError } from "../../src/seed/index.ts";

const dir = mkdtempSync(join(tmpdir(), "bulk-unit-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

test("a written data set reads back line by line, valid, matching its manifest", async () => {
  const out = join(dir, "set");
  const written = await writeDataset(out, { entities: 300, relationships: 1_500, seed: 3 });
  const manifest = await readManifest(out);
  assert.equal(manifest.entities, 300);
  assert.equal(manifest.source.id, written.source.id);
  const entities = await collect(readJsonLines(join(out, "entities.jsonl"), EntityLineSchema));
  const relationships = await collect(readJsonLines(join(out, "relationships.jsonl"), RelationshipLineSchema));
  assert.equal(entities.length, 300);
  assert.equal(relationships.length, 1_500);
  assert.equal(relationships[41]?.line, 42);
});

test("a bad line stops the read with file:line and the reason", async () => {
  const cases: [string, RegExp][] = [
    [
      '{"label":"Person","props":{"id":"a"}}\n{"label":"Robot","props":{"id":"b"}}\n',
      /:2: label must be one of Person/,
    ],
    ['{"label":"Person","props":{"id":"a"}}\n{"label":"Person"\n', /:2: not JSON/],
    ['{"label":"Person","props":{"name":"no id"}}\n', /:1: props.id/],
    ['{"label":"Person` DETACH DELETE n //","props":{"id":"a"}}\n', /:1: label must be one of/],
  ];
  for (const [text, message] of cases) {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, text);
    await assert.rejects(
      collect(readJsonLines(file, EntityLineSchema)),
      (e: unknown) => e instanceof SeedFileError && message.test(e.message),
      text,
    );
  }
  const rel = join(dir, "bad-rel.jsonl");
  writeFileSync(rel, '{"type":"KNOWS","from":"a","to":"b","props":{}}\n');
  await assert.rejects(collect(readJsonLines(rel, RelationshipLineSchema)), /:1: type must be a relationship type/);
  await assert.rejects(collect(readJsonLines(join(dir, "missing.jsonl"), EntityLineSchema)), /no such file/);
});

test("a folder without a manifest, or with a foreign one, is refused by name", async () => {
  await assert.rejects(
    readManifest(join(dir, "nowhere")),
    /manifest.json not found: --bulk takes a folder written by `npm run generate`/,
  );
  const foreign = join(dir, "foreign");
  await writeDataset(foreign, { entities: 10, relationships: 0, seed: 1 });
  writeFileSync(join(foreign, "manifest.json"), JSON.stringify({ format: "something-else" }));
  await assert.rejects(readManifest(foreign), /format/);
});

test("rows are grouped by label or type into full batches, the rest in key order at the end", () => {
  const b = new Batcher<number>(2);
  assert.equal(b.add("B", 1), undefined);
  assert.equal(b.add("A", 2), undefined);
  assert.deepEqual(b.add("B", 3), { key: "B", rows: [1, 3] });
  b.add("C", 4);
  assert.deepEqual(b.rest(), [
    { key: "A", rows: [2] },
    { key: "C", rows: [4] },
  ]);
  assert.deepEqual(b.rest(), []);
});

test("only the model's labels and types reach Cypher text", () => {
  assert.match(createEntities("Person"), /CREATE \(n:Entity:Person\)/);
  assert.match(createRelationships("FOUNDED"), /\[r:FOUNDED\]/);
  assert.throws(() => createEntities("Person) DETACH DELETE (n"), /not in the model/);
  assert.throws(() => createRelationships("KNOWS"), /not in the model/);
});
