// `npm run bench:search`: search latency on a generated graph with the explorer's full-text index (explorer_names)
// and without any index (the bounded scan), through the server's own search function on a private Neo4j.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDataset, writeDataset } from "../generate/index.ts";
import { bulkLoad } from "../seed/bulk/index.ts";
import { createDriver } from "../server/db/driver.ts";
import type { ReadContext } from "../server/db/read.ts";
import { search, SCAN_TIME_LIMIT_MS } from "../server/explore/search.ts";
import { ensureSearchIndex } from "../server/explore/search-index.ts";
import { DROP_EXPLORER_INDEX } from "../server/queries/search-index.ts";
import { startFreshInstance } from "./instance.ts";
import { load1, machineInfo } from "./machine.ts";
import { percentile } from "./stats.ts";

export interface SearchBenchOptions {
  root: string;
  entities: number;
  relationships: number;
  seed: number;
  /** Distinct entities whose names are searched (full name, a 5-letter prefix, the Japanese name). */
  names: number;
  rounds: number;
  /** The private Neo4j's Bolt port (default 7793). */
  port?: number;
  log: (line: string) => void;
}

export interface ModeFigures {
  requests: number;
  p50: number;
  p99: number;
  max: number;
  /** Requests that found nothing (a scan that hit its time limit finds nothing). */
  empty: number;
  /** The same for a word in no name, which the scan must read every node for. */
  missP50: number;
}

export interface SearchBenchResult {
  command?: string;
  date: string;
  entities: number;
  relationships: number;
  indexMs: number;
  indexed: { labels: number; properties: string[] };
  withIndex: ModeFigures;
  withoutIndex: ModeFigures;
  machine: ReturnType<typeof machineInfo>;
  load: number;
}

async function measure(ctx: ReadContext, queries: string[], rounds: number, mode: "index" | "scan") {
  const times: number[] = [];
  let empty = 0;
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      const response = await search(ctx, { q, limit: 10 });
      times.push(performance.now() - t0);
      if (response.mode !== mode)
        throw new Error(`expected a search by ${mode}, got ${response.mode ?? "entity_names"}`);
      if (!response.hits.length) empty++;
    }
  }
  return { times, empty };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

async function figures(ctx: ReadContext, queries: string[], rounds: number, mode: "index" | "scan") {
  // Warm-up, not timed: the first search samples the labels for the perspective, once per server.
  await measure(ctx, queries.slice(0, 3), 1, mode);
  const { times, empty } = await measure(ctx, queries, rounds, mode);
  const miss = await measure(ctx, ["zzqxv"], Math.max(3, rounds), mode);
  return {
    requests: times.length,
    p50: round1(percentile(times, 50)),
    p99: round1(percentile(times, 99)),
    max: round1(Math.max(...times)),
    empty,
    missP50: round1(percentile(miss.times, 50)),
  };
}

export async function runSearchBench(o: SearchBenchOptions): Promise<SearchBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), "bench-search-"));
  const instance = await startFreshInstance({
    root: o.root,
    dataDir: ".data/neo4j-bench-search",
    port: o.port ?? 7793,
  });
  const driver = createDriver(instance.conn);
  const database = instance.conn.database;
  try {
    const spec = { entities: o.entities, relationships: o.relationships, seed: o.seed };
    o.log(`Generating ${o.entities} entities and ${o.relationships} relationships...`);
    await writeDataset(dir, spec);
    o.log("Bulk-loading them...");
    await bulkLoad(driver, database, dir, { root: o.root });
    // The generated graph has the article's model and so its entity_names index, which search prefers: dropped here,
    // so that this measures the index every other graph gets.
    await driver.executeQuery("DROP INDEX entity_names IF EXISTS", {}, { database });
    const step = Math.max(1, Math.floor(o.entities / o.names));
    const picked = createDataset(spec)
      .entities.filter((_, i) => i % step === 0)
      .slice(0, o.names);
    const queries = picked.flatMap((e) => {
      const { name, name_ja } = e.props;
      return [String(name), String(name).slice(0, 5), String(name_ja)];
    });
    const ctx: ReadContext = { driver, database, timeoutMs: 5_000 };
    o.log("Creating explorer_names...");
    const report = await ensureSearchIndex(driver, database);
    o.log(`Searching ${queries.length} queries x ${o.rounds} rounds with the index...`);
    const withIndex = await figures(ctx, queries, o.rounds, "index");
    await driver.executeQuery(DROP_EXPLORER_INDEX, {}, { database });
    o.log(`Searching them again without any index (scan, stopped after ${SCAN_TIME_LIMIT_MS} ms)...`);
    const withoutIndex = await figures(ctx, queries, o.rounds, "scan");
    return {
      date: new Date().toISOString().slice(0, 10),
      entities: o.entities,
      relationships: o.relationships,
      indexMs: report.elapsedMs,
      indexed: { labels: report.plan.labels.length, properties: report.plan.properties },
      withIndex,
      withoutIndex,
      machine: machineInfo(o.root, instance.version),
      load: load1(),
    };
  } finally {
    await driver.close();
    await instance.stop();
    instance.remove();
    await rm(dir, { recursive: true, force: true });
  }
}

export function renderSearchBench(r: SearchBenchResult): string {
  const row = (what: string, f: ModeFigures) =>
    `| ${what} | ${f.requests} | ${f.p50} | ${f.p99} | ${f.max} | ${f.empty} | ${f.missP50} |`;
  const m = r.machine;
  return [
    "### Search with and without a full-text index",
    "",
    `\`${r.command ?? "npm run bench:search"}\` (${r.date})`,
    "",
    `A generated graph of ${r.entities.toLocaleString("en")} entities and ${r.relationships.toLocaleString("en")} relationships, ` +
      `its article index \`entity_names\` dropped. \`explorer_names\` (${r.indexed.labels} labels, properties ` +
      `${r.indexed.properties.join(", ")}) took ${r.indexMs.toLocaleString("en")} ms to create and come online. ` +
      "Each query is an entity's full English name, its first five letters and its Japanese name, timed through the " +
      "server's search function (no HTTP); latencies in ms.",
    "",
    "| Search | Requests | p50 | p99 | Max | Found nothing | A word in no name (p50) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    row("`explorer_names` (full-text, cjk analyzer)", r.withIndex),
    row(`No index: scan, stopped after ${SCAN_TIME_LIMIT_MS / 1000} s`, r.withoutIndex),
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; Neo4j ${m.neo4j}; ` +
      `load average ${r.load} at the end (a shared machine).`,
  ].join("\n");
}
