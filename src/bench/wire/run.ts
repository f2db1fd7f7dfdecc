// The first view of a big graph over HTTP in both wire forms, JSON and compact, from one explorer over one private
// Neo4j, alternating request by request: the server's time to answer, the bytes, and the page's time to read it.
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { writeDataset } from "../../generate/index.ts";
import { createDriver } from "../../server/db/driver.ts";
import { startExplorer } from "../../server/run.ts";
import { bulkLoad } from "../../seed/bulk/index.ts";
import { endpoints, graphAnswer, type GraphPayload } from "../../shared/index.ts";
import { startFreshInstance } from "../instance.ts";
import { buildGraph } from "../payload.ts";
import { load1, machineInfo, type MachineInfo } from "../machine.ts";
import { spread, type Spread } from "../stats.ts";

export type WireForm = "json" | "compact";

export interface WireBenchOptions {
  root: string;
  /** Entities generated and loaded; each size asks the first view of that many. */
  entities: number;
  relationships: number;
  sizes: number[];
  rounds: number;
  seed: number;
  /** The private Neo4j's Bolt port. */
  port?: number;
  log?: (line: string) => void;
}

/** One form at one size, over the rounds. */
export interface WireFigures {
  form: WireForm;
  nodes: number;
  relationships: number;
  bytes: number;
  gzipBytes: number;
  /** Request sent to last byte read, no compression on loopback: query, mapping, checks, encoding, transfer. */
  serverMs: Spread;
  /** JSON.parse, the endpoint's zod check, reading the compact form back, building the graphology graph. */
  clientMs: Spread;
  /** Both, per round. */
  totalMs: Spread;
}

export interface WireBenchResult {
  machine: MachineInfo;
  load1: number[];
  figures: Array<{ size: number; json: WireFigures; compact: WireFigures; ratios: { bytes: number; total: Spread } }>;
}

/** What the page does with the body: parse, check against the endpoint's schema, read into the JSON form, build. */
export function readGraphBody(text: string): GraphPayload {
  const payload = graphAnswer(endpoints.graph.response.parse(JSON.parse(text)));
  const graph = buildGraph(payload);
  if (graph.order !== payload.nodes.length) throw new Error("the graph build lost nodes");
  return payload;
}

export async function runWireBench(o: WireBenchOptions): Promise<WireBenchResult> {
  const log = o.log ?? (() => {});
  const loads = [load1()];
  const spec = { entities: o.entities, relationships: o.relationships, seed: o.seed };
  const dir = resolve(o.root, ".data/generated", `e${o.entities}-r${o.relationships}-s${o.seed}`);
  log(`Generating ${o.entities} entities and ${o.relationships} relationships into ${dir}`);
  await writeDataset(dir, spec);
  const instance = await startFreshInstance({
    root: o.root,
    dataDir: ".data/neo4j-bench-wire",
    port: o.port ?? 7799,
    heap: "1g",
    pagecache: "512m",
  });
  const driver = createDriver(instance.conn);
  try {
    log("Loading it (UNWIND batches)");
    await bulkLoad(driver, instance.conn.database, dir, { root: o.root });
    // No answer cache: every request computes its answer, as the first one after a load does.
    const explorer = await startExplorer({
      connection: instance.conn,
      port: 0,
      timeoutMs: 120_000,
      maxNodes: Math.max(...o.sizes),
    });
    try {
      const figures: WireBenchResult["figures"] = [];
      for (const size of o.sizes) {
        const ask = async (form: WireForm) => {
          const url = `${explorer.url}api/graph?limit=${size}${form === "compact" ? "&format=compact" : ""}`;
          const t0 = performance.now();
          const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
          const text = await response.text();
          const t1 = performance.now();
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 200)}`);
          const payload = readGraphBody(text);
          const t2 = performance.now();
          return { text, payload, serverMs: t1 - t0, clientMs: t2 - t1 };
        };
        // One unmeasured request of each warms Neo4j's plans and the JIT; it also checks that both forms agree.
        const [a, b] = [await ask("json"), await ask("compact")];
        const ids = (p: GraphPayload) => JSON.stringify([p.nodes.map((n) => n.id), p.relationships.map((r) => r.id)]);
        if (ids(a.payload) !== ids(b.payload)) throw new Error(`size ${size}: the two forms answer different graphs`);
        const runs: Record<WireForm, Array<{ serverMs: number; clientMs: number }>> = { json: [], compact: [] };
        const ratios: number[] = [];
        for (let round = 1; round <= o.rounds; round++) {
          const order: WireForm[] = round % 2 === 1 ? ["json", "compact"] : ["compact", "json"];
          const got: Partial<Record<WireForm, { serverMs: number; clientMs: number }>> = {};
          for (const form of order) {
            const r = await ask(form);
            got[form] = { serverMs: r.serverMs, clientMs: r.clientMs };
            runs[form].push(got[form]);
          }
          const total = (form: WireForm) => got[form]!.serverMs + got[form]!.clientMs;
          ratios.push(total("json") / total("compact"));
          log(
            `size ${size}, round ${round}: json ${total("json").toFixed(0)} ms, compact ${total("compact").toFixed(0)} ms`,
          );
        }
        const figure = (form: WireForm, text: string, payload: GraphPayload): WireFigures => ({
          form,
          nodes: payload.nodes.length,
          relationships: payload.relationships.length,
          bytes: Buffer.byteLength(text),
          gzipBytes: gzipSync(text).length,
          serverMs: spread(runs[form].map((r) => r.serverMs)),
          clientMs: spread(runs[form].map((r) => r.clientMs)),
          totalMs: spread(runs[form].map((r) => r.serverMs + r.clientMs)),
        });
        const json = figure("json", a.text, a.payload);
        const compact = figure("compact", b.text, b.payload);
        figures.push({ size, json, compact, ratios: { bytes: json.bytes / compact.bytes, total: spread(ratios) } });
      }
      loads.push(load1());
      return { machine: machineInfo(o.root, instance.version), load1: loads, figures };
    } finally {
      await explorer.close();
    }
  } finally {
    await driver.close();
    await instance.stop();
    instance.remove();
  }
}
