// The offline importer path of `--bulk` loads the same graph as the UNWIND path: a generated data set (plus an entity
// and a relationship with quotes, commas, semicolons, newlines and Japanese text) is loaded both ways into two private
// Neo4j instances and compared property by property, value types included, with the same schema. A bad CSV file or a
// file cut short fails with a clear message and leaves the database as it was (whole-database checksum). A data folder
// Neo4j never started in is imported before its first start (and a failed import does not start it).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { privateNeo4j } from "../support/private-neo4j.ts";
import { dbChecksum } from "../support/checksum.ts";
import { createDriver } from "../../src/server/db/driver.ts";
import type { Connection } from "../../src/server/db/connection.ts";
import {
  createDataset,
  entityColumns,
  entityCsv,
  relationshipCsv,
  writeDataset,
  type DatasetManifest,
  type EntityRow,
  type RelationshipRow,
} from "../../src/generate/index.ts";
import { bulkLoad, importLoad, readManifest, whyNotImport } from "../../src/seed/bulk/index.ts";
import { localConnection, statusLocal, stopLocal, storeIsNew } from "../../src/local-neo4j/index.ts";
import { bulkSchema } from "../../src/seed/bulk/schema.ts";

const root = new URL("../../", import.meta.url).pathname;
const viaUnwind = privateNeo4j("bulk-unwind", 7851);
const viaImport = privateNeo4j("bulk-import", 7852);
// Never started before the load: the importer writes its first store, then Neo4j starts once.
const firstStart = privateNeo4j("bulk-first", 7853);
const dir = mkdtempSync(join(tmpdir(), "bulk-import-"));
const spec = { entities: 200, relationships: 1500, seed: 7 };
const database = "neo4j";
let unwindConn: Connection;
let importConn: Connection;

const TRICKY: EntityRow = {
  label: "Person",
  props: {
    id: "person-tricky",
    name: 'Jack "The Teacher" Ma, founder; chairman',
    name_ja: "馬雲（ジャック・マー）\n二行目",
    name_zh: "马云 \\ 阿里巴巴",
    aliases: ['"quoted"', "a,b", "c;d", "日本語の別名", "line\r\nbreak"],
    aliases_text: '"quoted" | a,b | c;d',
    description: "",
  },
};
const TRICKY_REL: RelationshipRow = {
  type: "FOUNDED",
  from: "person-tricky",
  to: "company-000001",
  props: { quote: '「アリババを創業した」と彼は言った, "twice"\n— 二行目', source: "synthetic-news-s7", year: 1999 },
};

/** The generated data set, with the tricky rows appended to both the JSONL and the CSV files and counted. */
async function writeTrickyDataSet(): Promise<DatasetManifest> {
  const base = await writeDataset(dir, spec);
  const entities = entityCsv(entityColumns(createDataset(spec).entities));
  const relationships = relationshipCsv();
  appendFileSync(join(dir, "entities.jsonl"), `${JSON.stringify(TRICKY)}\n`);
  appendFileSync(join(dir, "entities.csv"), entities.line(TRICKY, 0));
  appendFileSync(join(dir, "relationships.jsonl"), `${JSON.stringify(TRICKY_REL)}\n`);
  appendFileSync(join(dir, "relationships.csv"), relationships.line(TRICKY_REL, 0));
  assert.ok(entities.multiline && relationships.multiline, "the tricky rows span lines");
  const manifest: DatasetManifest = {
    ...base,
    entities: base.entities + 1,
    relationships: base.relationships + 1,
    csv: { ...base.csv!, multiline: true },
  };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Everything but element ids, the load time and the random database version: what both paths must agree on. */
async function graphContent(driver: Driver) {
  // Key order is the store's own and differs between the two ways of writing; the types list is sorted here.
  const rows = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database })).records.map((r) => {
      const row = r.toObject();
      if (Array.isArray(row.types)) row.types = (row.types as string[][]).toSorted((a, b) => (a[0]! < b[0]! ? -1 : 1));
      return row;
    });
  const typed = (x: string) => `[k IN keys(${x}) WHERE k <> 'loadedAt' AND k <> 'version' | [k, valueType(${x}[k])]]`;
  return {
    nodes: await rows(
      `MATCH (n) RETURN coalesce(n.id, n.key) AS key, labels(n) AS labels, properties(n) AS props, ${typed("n")} AS types ORDER BY key`,
    ),
    relationships: await rows(
      `MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props, ${typed("r")} AS types ORDER BY a, type, b`,
    ),
    schema: await rows(
      "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, state RETURN name, type, labelsOrTypes, properties, options.indexConfig AS config, state ORDER BY name",
    ),
    constraints: await rows("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name"),
  };
}

/** The parts that change on every load: when it ran and the database version's random token. */
function withoutLoadStamps(content: Awaited<ReturnType<typeof graphContent>>) {
  return {
    ...content,
    nodes: content.nodes.map((n) => {
      const props = { ...(n.props as Record<string, unknown>) };
      assert.ok(props.loadedAt === undefined || typeof props.loadedAt === "object");
      delete props.loadedAt;
      delete props.version;
      return { ...n, props };
    }),
  };
}

before(async () => {
  await writeTrickyDataSet();
  [unwindConn, importConn] = await Promise.all([viaUnwind.start(), viaImport.start()]);
});

after(async () => {
  await Promise.all([viaUnwind.destroy(), viaImport.destroy(), firstStart.destroy()]);
  rmSync(dir, { recursive: true, force: true });
});

test("a bad CSV line or a file cut short fails the import with the reason and leaves the database as it was", async () => {
  // The state to keep: a fresh database that already has the load's own constraints (still importable).
  let driver = createDriver(importConn);
  for (const statement of (await bulkSchema(root)).before) await driver.executeQuery(statement, {}, { database });
  const previous = await dbChecksum(driver, database);
  assert.equal(await whyNotImport(driver, database, await readManifest(dir), root), undefined);
  await driver.close();

  const bad = mkdtempSync(join(tmpdir(), "bulk-import-bad-"));
  try {
    cpSync(dir, bad, { recursive: true });
    const relationships = readFileSync(join(dir, "relationships.csv"), "utf8");
    writeFileSync(join(bad, "relationships.csv"), `${relationships}"person-tricky","nobody-999","FOUNDED","q","s",\n`);
    await assert.rejects(
      importLoad(bad, database, { root, local: viaImport.options }),
      /importer failed.*left as it was[\s\S]*nobody-999/,
    );
    driver = createDriver(importConn);
    assert.deepEqual(await dbChecksum(driver, database), previous, "a failed import changes nothing");
    await driver.close();

    // The first relationship left out: the importer succeeds, the count is off the manifest's, the old store comes back.
    writeFileSync(join(bad, "relationships.csv"), relationships.replace(/\n[^\n]*\n/, "\n"));
    await assert.rejects(
      importLoad(bad, database, { root, local: viaImport.options }),
      /importer wrote \d+ nodes and \d+ relationships, the manifest says \d+ and \d+/,
    );
    driver = createDriver(importConn);
    assert.deepEqual(await dbChecksum(driver, database), previous, "an import with the wrong count changes nothing");
    await driver.close();
  } finally {
    rmSync(bad, { recursive: true, force: true });
  }
});

test("the importer loads the same graph as UNWIND batches: labels, properties and their types, schema", async () => {
  const manifest = await readManifest(dir);
  const unwindDriver = createDriver(unwindConn);
  try {
    await bulkLoad(unwindDriver, database, dir, { root });
    const report = await importLoad(dir, database, { root, local: viaImport.options });
    assert.equal(report.entities, manifest.entities);
    assert.equal(report.relationships, manifest.relationships);
    const importDriver = createDriver(report.connection);
    try {
      const [a, b] = await Promise.all([graphContent(unwindDriver), graphContent(importDriver)]);
      // Entities, the :Source node and the :ExplorerMeta version node.
      assert.equal(a.nodes.length, manifest.entities + 2);
      assert.equal(a.relationships.length, manifest.relationships);
      const tricky = b.nodes.find((n) => n.key === TRICKY.props.id);
      assert.deepEqual(tricky?.props, TRICKY.props, "quotes, commas, newlines and Japanese text come through");
      assert.deepEqual(tricky?.labels, ["Entity", "Person"]);
      const rel = b.relationships.find((r) => r.a === TRICKY_REL.from && r.b === TRICKY_REL.to);
      assert.deepEqual(rel?.props, TRICKY_REL.props);
      assert.deepEqual(withoutLoadStamps(b), withoutLoadStamps(a));
      assert.ok(
        a.schema.some((i) => i.name === "entity_names" && i.state === "ONLINE"),
        "the full-text index is there",
      );
      assert.match(
        String(await whyNotImport(importDriver, database, manifest, root)),
        /already holds \d+ nodes/,
        "a loaded database is never imported into again",
      );
    } finally {
      await importDriver.close();
    }
  } finally {
    await unwindDriver.close();
  }
});

test("a database Neo4j never had is imported before its first start; a failed import leaves it not started", async () => {
  const local = { ...firstStart.options, classDataSharing: false };
  assert.equal(statusLocal(local).running, false);
  assert.equal(storeIsNew(local, database), true);
  const bad = mkdtempSync(join(tmpdir(), "bulk-first-bad-"));
  try {
    cpSync(dir, bad, { recursive: true });
    const relationships = readFileSync(join(dir, "relationships.csv"), "utf8");
    writeFileSync(join(bad, "relationships.csv"), `${relationships}"person-tricky","nobody-999","FOUNDED","q","s",\n`);
    await assert.rejects(importLoad(bad, database, { root, local }), /importer failed.*left as it was/);
    assert.equal(statusLocal(local).running, false, "a failed import does not start a Neo4j that was not running");
    assert.equal(storeIsNew(local, database), true, "and leaves no store behind");
  } finally {
    rmSync(bad, { recursive: true, force: true });
  }

  const manifest = await readManifest(dir);
  await importLoad(dir, database, { root, local });
  assert.equal(statusLocal(local).running, true);
  const driver = createDriver(localConnection(local, database));
  try {
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity) WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r",
      {},
      { database },
    );
    assert.equal(Number(records[0]?.get("n")), manifest.entities);
    assert.equal(Number(records[0]?.get("r")), manifest.relationships);
    assert.match(String(await whyNotImport(driver, database, manifest, root)), /already holds \d+ nodes/);
  } finally {
    await driver.close();
  }
});

test("npm run seed -- --bulk with the bundled Neo4j stopped and no database yet imports first, then starts it", async () => {
  const dataDir = `.data/neo4j-bulk-cli-${process.pid}`;
  const local = { root, dataDir };
  try {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--bulk", dir], {
      cwd: root,
      encoding: "utf8",
      timeout: 300_000,
      env: {
        ...process.env,
        NEO4J_URI: "",
        NEO4J_DATA_DIR: dataDir,
        NEO4J_LOCAL_PORT: "7854",
        NEO4J_HEAP: "256m",
        NEO4J_PAGECACHE: "16m",
      },
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /new and Neo4j is not running: writing its store with neo4j-admin/);
    assert.equal(statusLocal(local).running, true, "the load ends with Neo4j running on the imported store");
    const driver = createDriver(localConnection(local, database));
    try {
      const { records } = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS n", {}, { database });
      assert.equal(Number(records[0]?.get("n")), (await readManifest(dir)).entities);
    } finally {
      await driver.close();
    }
  } finally {
    await stopLocal(local);
    rmSync(join(root, dataDir), { recursive: true, force: true });
  }
});
