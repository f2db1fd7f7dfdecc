// The Cypher copy round trip on a real Neo4j: each graph folder is loaded, exported with the `--cypher` writer, the copy
// loaded from empty into the same test database, and the two graphs compared property by property, with each value's
// type, and schema. The article goes through the command itself. The article graph is put back at the end.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { after, before, describe, it } from "node:test";
import neo4j, { type Driver } from "neo4j-driver";
import { writeGraphFolder } from "../../src/cypher-export/index.ts";
import { loadGraphFolder, readGraphFolder } from "../../src/seed/index.ts";
import { EXPORT_KEY_INDEX, EXPORT_KEY_LABEL } from "../../src/shared/cypher-script.ts";
import { testConnection, testDriver } from "../support/db.ts";

const root = new URL("../../", import.meta.url).pathname;
const conn = testConnection();
const work = mkdtempSync(join(tmpdir(), "cypher-copy-"));
let driver: Driver;

/** A value with its driver type spelled out, written without the exporter's own code: 2 and 2.0 differ, so do dates. */
function typed(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === "number") return `float:${Object.is(value, -0) ? "-0" : String(value)}`;
  if (typeof value === "string") return `string:${value}`;
  if (typeof value === "boolean") return `boolean:${value}`;
  if (Array.isArray(value)) return value.map(typed);
  if (typeof value === "object") return `${(value as object).constructor.name}:${String(value)}`;
  return `${typeof value}:${String(value)}`;
}

function typedProperties(properties: Record<string, unknown>): string {
  const keys = Object.keys(properties).sort();
  return JSON.stringify(keys.map((k) => [k, typed(properties[k])]));
}

interface Dump {
  nodes: string[];
  relationships: string[];
  schema: string[];
  sourceTexts: string[];
}

/** Everything a load makes but the loader's own stamp; nodes and relationships as sorted texts (no ids). */
async function dump(): Promise<Dump> {
  const run = (cypher: string) => driver.executeQuery(cypher, {}, { database: conn.database }).then((r) => r.records);
  const nodeText = (labels: string[], properties: Record<string, unknown>) =>
    `${[...labels].sort().join(":")} ${typedProperties(properties)}`;
  const nodes = (await run("MATCH (n) WHERE NOT n:ExplorerMeta RETURN labels(n) AS l, properties(n) AS p")).map((r) =>
    nodeText(r.get("l"), r.get("p")),
  );
  const relationships = (
    await run(
      "MATCH (a)-[r]->(b) RETURN labels(a) AS al, properties(a) AS ap, type(r) AS t, properties(r) AS p, labels(b) AS bl, properties(b) AS bp",
    )
  ).map(
    (r) =>
      `(${nodeText(r.get("al"), r.get("ap"))})-[:${r.get("t")} ${typedProperties(r.get("p"))}]->(${nodeText(r.get("bl"), r.get("bp"))})`,
  );
  const schema = [
    ...(await run("SHOW CONSTRAINTS YIELD createStatement RETURN createStatement")),
    ...(await run("SHOW INDEXES YIELD type, createStatement WHERE type <> 'LOOKUP' RETURN createStatement")),
  ].map((r) => String(r.get("createStatement")));
  const sourceTexts = (
    await run("MATCH (m:ExplorerMeta) WHERE m.key STARTS WITH 'source-text:' RETURN m.source AS s, m.text AS t")
  ).map((r) => `${r.get("s")}:${r.get("t")}`);
  return {
    nodes: nodes.sort(),
    relationships: relationships.sort(),
    schema: schema.sort(),
    sourceTexts: sourceTexts.sort(),
  };
}

async function load(dir: string): Promise<void> {
  await loadGraphFolder(conn, await readGraphFolder(dir), { force: true, log: () => {} });
}

function assertSameGraph(copy: Dump, original: Dump): void {
  assert.ok(original.nodes.length > 0, "the original graph has nodes");
  assert.equal(copy.nodes.length, original.nodes.length, "node count");
  assert.equal(copy.relationships.length, original.relationships.length, "relationship count");
  assert.deepEqual(copy.nodes, original.nodes, "nodes: labels and every property with its type");
  assert.deepEqual(copy.relationships, original.relationships, "relationships: type, ends and properties");
  assert.deepEqual(copy.schema, original.schema, "constraints and indexes");
  assert.deepEqual(copy.sourceTexts, original.sourceTexts, "source texts");
  assert.ok(!copy.nodes.some((n) => n.includes(EXPORT_KEY_LABEL)), "no temporary key is left");
  assert.ok(!copy.schema.some((s) => s.includes(EXPORT_KEY_INDEX)), "no temporary index is left");
}

/** Loads `dir`, exports it to a new folder, loads that, and compares; returns the copy's folder. */
async function roundTrip(dir: string, name: string): Promise<{ copy: string; identity: string }> {
  await load(dir);
  const original = await dump();
  const copy = join(work, name);
  const folder = await readGraphFolder(dir);
  const sources = join(dir, "sources");
  const report = await writeGraphFolder(driver, conn.database, {
    outDir: copy,
    from: {
      ...(folder.perspectiveFile ? { perspectiveFile: folder.perspectiveFile } : {}),
      ...(folder.queriesDir ? { queriesDir: folder.queriesDir } : {}),
      ...(existsSync(sources) ? { sourcesDir: sources } : {}),
    },
    // Small batches, so that a graph of a few nodes is still cut into several statements.
    batchRows: 3,
  });
  await load(copy);
  assertSameGraph(await dump(), original);
  return { copy, identity: report.identity };
}

describe("Cypher copy of a graph (real Neo4j)", () => {
  before(() => {
    driver = testDriver();
  });

  after(async () => {
    try {
      await load(join(root, "graph"));
    } finally {
      await driver.close();
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("copies every property type, awkward name, label set and kind of index of the all-types fixture", async () => {
    const { copy, identity } = await roundTrip(join(root, "test/fixtures/cypher-export/all-types"), "all-types");
    // A node without a label has no key to be found by: the copy matches by a temporary one.
    assert.equal(identity, "temporary");
    assert.deepEqual(readdirSync(join(copy, "queries")), ["things.cypher"]);
  });

  for (const name of ["people-works", "transit-integers", "cjk-literature", "diff-v1", "diff-v2"]) {
    it(`copies the fixture graph ${name}`, async () => {
      const dir = join(root, "test/fixtures/graphs", name);
      const { copy } = await roundTrip(dir, name);
      const queries = join(dir, "queries");
      if (existsSync(queries)) assert.deepEqual(readdirSync(join(copy, "queries")), readdirSync(queries).sort());
    });
  }

  it("exports the article with `npm run export -- --cypher DIR`: same graph, perspective, queries and sources", async () => {
    const graph = join(root, "graph");
    await load(graph);
    const original = await dump();
    const copy = join(work, "article");
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/export.ts", "--cypher", copy], {
      cwd: root,
      env: process.env,
    });
    assert.match(stdout, /matched by their id/);
    assert.equal(
      readFileSync(join(copy, "perspective.json"), "utf8"),
      readFileSync(join(graph, "perspective.json"), "utf8"),
    );
    assert.deepEqual(readdirSync(join(copy, "queries")).sort(), readdirSync(join(graph, "queries")).sort());
    assert.deepEqual(readdirSync(join(copy, "sources")), readdirSync(join(graph, "sources")));
    // Students extend the copy as they would the article: nodes are found by their readable id.
    assert.match(readFileSync(join(copy, "20-relationships.cypher"), "utf8"), /MATCH \(a:Entity \{id: row\.s\}\)/);
    await load(copy);
    const loaded = await dump();
    assert.ok(loaded.sourceTexts.length > 0, "the article's source text came along");
    assertSameGraph(loaded, original);
  });

  it("refuses a folder that is not empty without --force", async () => {
    const copy = join(work, "article");
    await assert.rejects(
      promisify(execFile)("npx", ["tsx", "scripts/export.ts", "--cypher", copy], { cwd: root, env: process.env }),
      (err: { stderr?: string }) => /is not empty; pass --force/.test(err.stderr ?? ""),
    );
  });
});
