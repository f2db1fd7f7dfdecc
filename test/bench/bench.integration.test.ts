// Smoke run of `npm run bench` at tiny sizes on private Neo4j instances, and the bulk loader's refusals; no timing asserts.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBench } from "../../src/bench/run.ts";
import { renderReport, spliceSection } from "../../src/bench/report.ts";
import { startFreshInstance, type BenchInstance } from "../../src/bench/instance.ts";
import { writeDataset } from "../../src/generate/index.ts";
import { bulkLoad, BulkLoadError } from "../../src/seed/bulk/index.ts";
import { SeedFileError } from "../../src/seed/index.ts";
import { createDriver } from "../../src/server/db/driver.ts";

// Instances of their own (like the recovery test): the shared test database keeps its article graph.
const root = new URL("../../", import.meta.url).pathname;
const small = { heap: "512m", pagecache: "64m" };
// Ports away from the 77xx ones other tools start instances on: a client of theirs that met ours would lock its login.
const port = 20_000 + (process.pid % 10_000) * 2;
const scratch = mkdtempSync(join(tmpdir(), "bench-smoke-"));
let instance: BenchInstance | undefined;
after(async () => {
  await instance?.stop();
  instance?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

test("the benchmark runs end to end at tiny sizes and renders every section", async () => {
  const result = await runBench({
    root,
    entities: 400,
    relationships: 3_000,
    seed: 5,
    runs: 1,
    naiveSample: 40,
    batchSize: 500,
    concurrency: 1,
    requests: 4,
    warmup: 1,
    latencyRounds: 1,
    payloads: [{ nodes: 100, relationships: 300 }],
    dataRoot: scratch,
    instance: { ...small, dataDir: `.data/neo4j-bench-smoke-${process.pid}`, port },
  });
  const [load] = result.loads;
  assert.equal(load?.bulk.entities, 400);
  assert.equal(load?.bulk.relationships, 3_000);
  assert.equal(load?.naive.entities, 40);
  assert.ok(load!.bulk.entitiesPerSecond > 0 && load!.naive.relationshipsPerSecond > 0);
  const names = result.latency[0]!.map((f) => f.name);
  // Six requests, three of them also the old way (search, hub page, k = 10 paths).
  assert.deepEqual(names.length, 9);
  assert.equal(result.latency[0]!.filter((f) => f.oldWayOf).length, 3);
  for (const f of result.latency[0]!)
    assert.ok([f.http.p50, f.http.p99, f.raw.p50, f.raw.p99].every(Number.isFinite), f.name);
  const payload = result.payloads[0]![0]!;
  assert.equal(payload.nodes, 100);
  assert.ok(payload.relationships > 0 && payload.bytes.gzip < payload.bytes.identity);
  assert.deepEqual(
    result.compression.encodings.map((e) => e.encoding),
    ["identity", "gzip", "br"],
  );
  const section = renderReport(result, "npm run bench -- (smoke)", "2000-01-01");
  for (const heading of ["### Load", "### Query latency", "#### Against the old way", "### Graph payloads"])
    assert.ok(section.includes(heading), heading);
  const doc = spliceSection("# Benchmarks\n\n## Other\n\nkept\n", section);
  assert.equal(spliceSection(doc, section), doc, "writing twice replaces the section");
  assert.ok(doc.includes("kept"));
});

test("bulk load: counts and quotes in the database; a second load, an unknown end and a cut file are refused", async () => {
  instance = await startFreshInstance({
    root,
    ...small,
    dataDir: `.data/neo4j-bulk-smoke-${process.pid}`,
    port: port + 1,
  });
  const driver = createDriver(instance.conn);
  const db = instance.conn.database;
  try {
    const dir = join(scratch, "set");
    await writeDataset(dir, { entities: 200, relationships: 1_000, seed: 9 });
    const report = await bulkLoad(driver, db, dir, { root, batchSize: 64 });
    assert.equal(report.relationships, 1_000);
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity) WITH count(n) AS n MATCH (:Entity)-[r]->(:Entity) RETURN n, count(r) AS r, count(r.quote) AS quoted, COUNT { (s:Source {complete: true}) } AS done",
      {},
      { database: db },
    );
    const counts = Object.fromEntries(
      Object.entries(records[0]!.toObject()).map(([k, v]) => [k, (v as { toNumber(): number }).toNumber()]),
    );
    assert.deepEqual(counts, { n: 200, r: 1_000, quoted: 1_000, done: 1 });
    const hits = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN count(node) AS c",
      { q: "Holdings" },
      { database: db },
    );
    assert.ok(hits.records[0]!.get("c").toNumber() > 0, "the full-text index covers the loaded names");

    await assert.rejects(
      bulkLoad(driver, db, dir, { root }),
      (e: unknown) => e instanceof BulkLoadError && /already holds the data set/.test(e.message),
    );

    await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: db });
    const rel = join(dir, "relationships.jsonl");
    const lines = readFileSync(rel, "utf8").split("\n");
    lines[2] = lines[2]!.replace(/"to":"[^"]+"/, '"to":"nobody-1"');
    writeFileSync(rel, lines.join("\n"));
    await assert.rejects(
      bulkLoad(driver, db, dir, { root }),
      (e: unknown) => e instanceof SeedFileError && /relationships.jsonl:3: no entity with id nobody-1/.test(e.message),
    );

    await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: db });
    writeFileSync(
      rel,
      lines
        .filter((l) => !l.includes("nobody-1"))
        .slice(0, 500)
        .join("\n"),
    );
    await assert.rejects(bulkLoad(driver, db, dir, { root }), /the manifest says 200 and 1000: a file is cut short/);
    const partial = await driver.executeQuery("MATCH (s:Source) RETURN s.complete AS complete", {}, { database: db });
    assert.equal(partial.records[0]?.get("complete"), false, "a cut load is never marked complete");
  } finally {
    await driver.close();
  }
});
