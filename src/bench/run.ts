// `npm run bench`: generate, load (bulk against naive), then time queries over HTTP and the raw driver, and payloads.
import { resolve } from "node:path";
import { createDataset, writeDataset, type DatasetManifest } from "../generate/index.ts";
import { createDriver } from "../server/db/driver.ts";
import { startExplorer } from "../server/run.ts";
import type { BulkProgress } from "../seed/bulk/index.ts";
import type { BenchInstanceOptions } from "./instance.ts";
import { loadRun, type LoadRun } from "./load-runs.ts";
import { measureLatency, type LatencyFigures } from "./latency.ts";
import { machineInfo, load1, type MachineInfo } from "./machine.ts";
import { measurePayload, type PayloadFigures } from "./payload.ts";
import { queryCases } from "./query-cases.ts";
import { withBudget } from "./browser/budget.ts";
import { measureCompression, type CompressionFigures } from "./compression.ts";
import { sweepBatchSizes, type SweepPoint } from "./sweep.ts";

/** Above the explorer's own 120 s query timeout, so a slow query ends as the server's error first. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 180_000;

export interface BenchOptions {
  root: string;
  entities: number;
  relationships: number;
  seed: number;
  /** Load runs, each on a fresh store. */
  runs: number;
  /** Entities and relationships the naive way loads. */
  naiveSample: number;
  batchSize: number;
  concurrency: number;
  /** Requests per query case and round, after `warmup` unmeasured ones. */
  requests: number;
  warmup: number;
  latencyRounds: number;
  /** Longest wait for one latency request before the run stops with an error naming it (default 180 s). */
  requestTimeoutMs?: number;
  /** Subgraph payloads to size: entities and relationships between them. */
  payloads: { nodes: number; relationships: number }[];
  instance?: Omit<BenchInstanceOptions, "root">;
  /** Where generated data sets are cached. */
  dataRoot?: string;
  /** Batch sizes to compare first, on `sweepRelationships` relationships (none: no sweep). */
  sweep?: { batchSizes: number[]; relationships: number; concurrency: number[] };
  log?: (line: string) => void;
  onProgress?: (event: BulkProgress) => void;
}

export interface BenchResult {
  options: Omit<BenchOptions, "log" | "onProgress" | "root">;
  machine: MachineInfo;
  generateMs: number;
  manifest: DatasetManifest;
  loads: LoadRun[];
  latency: LatencyFigures[][];
  payloads: PayloadFigures[][];
  compression: CompressionFigures;
  sweep?: { relationships: number; points: SweepPoint[] };
  load1: { start: number; end: number };
}

export async function runBench(o: BenchOptions): Promise<BenchResult> {
  const log = o.log ?? (() => {});
  const start = load1();
  const dir = resolve(o.root, o.dataRoot ?? ".data/generated", `e${o.entities}-r${o.relationships}-s${o.seed}`);
  const spec = { entities: o.entities, relationships: o.relationships, seed: o.seed };
  log(`Generating ${o.entities} entities and ${o.relationships} relationships (seed ${o.seed}) into ${dir}`);
  const t0 = performance.now();
  const manifest = await writeDataset(dir, spec);
  const generateMs = performance.now() - t0;

  const instanceOpts = { ...o.instance, root: o.root };
  let sweep: BenchResult["sweep"];
  if (o.sweep) {
    const sample = resolve(
      o.root,
      o.dataRoot ?? ".data/generated",
      `e${o.entities}-r${o.sweep.relationships}-s${o.seed}`,
    );
    await writeDataset(sample, { ...spec, relationships: o.sweep.relationships });
    const points: SweepPoint[] = [];
    for (const c of o.sweep.concurrency)
      points.push(...(await sweepBatchSizes(instanceOpts, sample, o.sweep.batchSizes, c, log)));
    sweep = { relationships: o.sweep.relationships, points };
  }
  const loads: LoadRun[] = [];
  let running: Awaited<ReturnType<typeof loadRun>>["instance"] | undefined;
  try {
    for (let i = 0; i < o.runs; i++) {
      await running?.stop();
      log(`Load run ${i + 1} of ${o.runs}: naive sample of ${o.naiveSample}, then bulk`);
      const naiveSample = () => createDataset({ entities: o.naiveSample, relationships: o.naiveSample, seed: o.seed });
      const result = await loadRun({
        instance: instanceOpts,
        dir,
        naiveSample,
        batchSize: o.batchSize,
        concurrency: o.concurrency,
        ...(o.onProgress ? { onProgress: o.onProgress } : {}),
      });
      running = result.instance;
      loads.push(result.run);
    }
    if (!running) throw new Error("--runs must be at least 1");
    const explorer = await startExplorer({
      connection: running.conn,
      host: "127.0.0.1",
      port: 0,
      timeoutMs: 120_000,
      maxNodes: 5_000,
    });
    // The same build with this round's improvements switched off, measured in the same run (issue 14).
    const oldWay = await startExplorer({
      connection: running.conn,
      host: "127.0.0.1",
      port: 0,
      timeoutMs: 120_000,
      maxNodes: 5_000,
      pathBudgetMs: null,
      listIndexesEachSearch: true,
      hubPages: null,
      nodeDetailInSteps: true,
      pathDeepening: false,
    });
    const driver = createDriver(running.conn);
    try {
      const entities = createDataset(spec).entities;
      // Neo4j ends a raw query at the API's own timeout; the bench gives up on any request a minute later.
      const requestTimeoutMs = o.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
      const cases = queryCases(driver, running.conn.database, manifest, entities, Math.min(120_000, requestTimeoutMs));
      const latency: LatencyFigures[][] = [];
      for (let round = 0; round < o.latencyRounds; round++) {
        log(`Latency round ${round + 1} of ${o.latencyRounds}: ${o.requests} requests per case`);
        latency.push(
          await measureLatency({ current: explorer.url, old: oldWay.url }, cases, {
            requests: o.requests,
            warmup: o.warmup,
            requestTimeoutMs,
            log,
          }),
        );
      }
      const payloads: PayloadFigures[][] = [];
      for (const size of o.payloads) {
        log(`Graph payload of ${size.nodes} entities and up to ${size.relationships} relationships`);
        const rounds: PayloadFigures[] = [];
        for (let round = 0; round < o.latencyRounds; round++)
          rounds.push(await measurePayload(driver, running.conn.database, size.nodes, size.relationships));
        payloads.push(rounds);
      }
      log("Compression of one hub page of 1,000 neighbours over HTTP");
      const compression = await measureCompression(
        explorer.url,
        `/api/nodes/${manifest.hubs[0]!.id}/neighbors?limit=1000`,
      );
      const { log: _l, onProgress: _p, root: _r, ...options } = o;
      return {
        options,
        machine: machineInfo(o.root, running.version),
        generateMs,
        manifest,
        loads,
        latency,
        payloads,
        compression,
        ...(sweep ? { sweep } : {}),
        load1: { start, end: load1() },
      };
    } finally {
      // After a request that never answered, a close may wait on it too: each gets a minute, then the run goes on.
      for (const [what, close] of [
        ["the bench's driver", () => driver.close()],
        ["the explorer", () => explorer.close()],
        ["the explorer started the old way", () => oldWay.close()],
      ] as const)
        await withBudget(`closing ${what}`, 60_000, close()).catch((error: unknown) => log(String(error)));
    }
  } finally {
    await running?.stop();
    running?.remove();
  }
}
