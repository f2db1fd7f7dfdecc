// One-off measurement: export a bulk-loaded 10k/50k graph as a Cypher folder and load it back, key and temporary modes.
import { mkdtempSync, rmSync, statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createDriver } from "/work/wt-handover/src/server/db/driver.ts";
import { readGraph, writeGraphFolder } from "/work/wt-handover/src/cypher-export/index.ts";
import { writeCypherScript, cypherScriptText } from "/work/wt-handover/src/shared/cypher-script.ts";
import { loadGraphFolder, readGraphFolder, seedFiles } from "/work/wt-handover/src/seed/index.ts";
import { writeFileSync } from "node:fs";
const conn = { uri: "bolt://127.0.0.1:7751", username: "neo4j", password: "aExUsd5OQOXywRdhvoVn8BcY", database: "neo4j" };
const d = createDriver(conn);
const count = async () => {
  const r = await d.executeQuery("MATCH (n) WHERE NOT n:ExplorerMeta WITH count(n) AS n MATCH ()-[r]->() RETURN n, count(r) AS r");
  return `${r.records[0]!.get("n")} nodes, ${r.records[0]!.get("r")} rels`;
};
console.log("before:", await count());
const dir = mkdtempSync("/tmp/handover/copy-");
let t = performance.now();
const rep = await writeGraphFolder(d, "neo4j", { outDir: dir, from: {} });
const exportMs = performance.now() - t;
const bytes = readdirSync(dir).reduce((s, f) => s + (f.endsWith(".cypher") ? statSync(join(dir, f)).size : 0), 0);
console.log(`key mode: identity=${rep.identity} statements=${rep.statements} export ${exportMs.toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`);
// temp mode script from the same read, before the key-mode load replaces the graph
const g = await readGraph(d, "neo4j");
const temp = writeCypherScript({ nodes: g.nodes, relationships: g.relationships, schema: g.schema, temporaryKeyIndex: true });
const tempDir = mkdtempSync("/tmp/handover/copyt-");
writeFileSync(join(tempDir, "all.cypher"), cypherScriptText(temp, "// temp"));
t = performance.now();
await loadGraphFolder(conn, await readGraphFolder(dir), { force: true, log: () => {} });
console.log(`key mode load ${(performance.now() - t).toFixed(0)} ms:`, await count());
t = performance.now();
await loadGraphFolder(conn, await readGraphFolder(tempDir), { force: true, log: () => {} });
console.log(`temporary mode (${temp.statements} statements) load ${(performance.now() - t).toFixed(0)} ms:`, await count());
const idx = await d.executeQuery("SHOW INDEXES YIELD name RETURN collect(name) AS n");
console.log("indexes after:", idx.records[0]!.get("n"));
await d.close();
rmSync(dir, { recursive: true }); rmSync(tempDir, { recursive: true });
