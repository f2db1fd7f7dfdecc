// The offline-importer figures as the BENCHMARKS.md section they replace.
import { markSection } from "../markdown-section.ts";
import type { Spread } from "../stats.ts";
import type { ImportBenchResult } from "./run.ts";

export const IMPORT_SECTION = "import";

const s = (ms: number) => (ms / 1000).toFixed(1);
const row = (name: string, x: Spread) => `| ${name} | ${s(x.min)} / ${s(x.median)} / ${s(x.max)} |`;
const ratio = (x: Spread) => `${x.min.toFixed(2)} / ${x.median.toFixed(2)} / ${x.max.toFixed(2)}×`;

export function renderImportReport(r: ImportBenchResult, command: string, date: string, rounds: number): string {
  const m = r.machine;
  const p = r.phases;
  const f = r.firstStartPhases;
  const g = r.firstStartOldPhases;
  const body = `## Bulk load into a fresh local database: offline importer vs UNWIND batches

\`${command}\` (${date})

Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}, neo4j-driver ${m.driver}. A private Neo4j on loopback (heap and page cache as given). One-minute load average ${r.load1.join(" → ")} (the machine is shared with other work).

${r.entities.toLocaleString("en")} entities and ${r.relationships.toLocaleString("en")} relationships from \`npm run generate\`, ${rounds} round${rounds === 1 ? "" : "s"}, the four ways in turn (each round starts with another). Importer: what \`npm run seed -- --bulk DIR\` does on a fresh bundled Neo4j that is running with a new, empty database: stop Neo4j, \`neo4j-admin database import full\` from the data set's CSV${r.csvMultiline ? " (with --multiline-fields)" : ""}, start Neo4j again (class-data sharing on, as \`npm run seed\` starts it), then constraints, the full-text index (populated), the :Source node and the database version. Before the first start: what it does when Neo4j is not running and its data folder has no database yet: the same without the stop, and Neo4j's first start (its system database and password set-up included); the old way of it runs the importer without a class-data sharing archive and all jars as fetched, as before issue 14's second round. UNWIND: the same load into a new, empty, running database with \`--unwind\` (constraints, batched UNWIND transactions, the full-text index populated).

| whole load, s | min / median / max |
|---|---|
${row("offline importer into a running, empty database (stop, import, start, schema and indexes)", r.importer)}
${row("offline importer before Neo4j's first start (import, start, schema and indexes)", r.firstStart)}
${row("the same, importer without its class-data sharing archive, signed jars as fetched (the old way)", r.firstStartOld)}
${row("UNWIND batches (the old way)", r.unwind)}

UNWIND time over importer time, per round: ${ratio(r.ratios)} (running, empty database); ${ratio(r.firstStartRatios)} (before the first start). Before the first start, the old way over this one, per round: ${ratio(r.oldOverNew)}. The importer's median round: stop ${s(p.stop)} s, import ${s(p.import)} s, start ${s(p.start)} s, schema and indexes ${s(p.indexes)} s; before the first start: import ${s(f.import)} s, start ${s(f.start)} s, schema and indexes ${s(f.indexes)} s; the same the old way: import ${s(g.import)} s, start ${s(g.start)} s, schema and indexes ${s(g.indexes)} s. Archives: one load each way runs first and is not counted, so the importer's and Neo4j's class-data sharing archives exist, as from a machine's second load on.
`;
  return markSection(IMPORT_SECTION, body);
}
