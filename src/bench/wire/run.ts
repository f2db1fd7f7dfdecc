// The first view of a big graph over HTTP the old way (JSON form, relationships cut by element id) and in both wire
// forms of this build, from explorers over one private Neo4j, request by request in turn: the server's time to
// answer, the bytes, and the page's time to read it.
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

/** `old`: the JSON form from an explorer ordering the first view by element id, as before (firstViewByElementId). */
export type WireForm = "old" | "json" | "compact";
const FORMS: WireForm[] = ["old", "json", "compact"];

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
  /** Ratios are the old way's ÷ the compact form's. */
  figures: Array<{
    size: number;
    old: WireFigures;
    json: WireFigures;
    compact: WireFigures;
    ratios: { bytes: number; total: Spread };
  }>;
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
    const options = { connection: instance.conn, port: 0, timeoutMs: 120_000, maxNodes: Math.max(...o.sizes) };
    const explorer = await startExplorer(options);
    const oldExplorer = await startExplorer({ ...options, firstViewByElementId: true });
    try {
      const figures: WireBenchResult["figures"] = [];
      for (const size of o.sizes) {
        const ask = async (form: WireForm) => {
          const base = form === "old" ? oldExplorer.url : explorer.url;
          const url = `${base}api/graph?limit=${size}${form === "compact" ? "&format=compact" : ""}`;
          const t0 = performance.now();
          const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
          const text = await response.text();
          const t1 = performance.now();
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 200)}`);
          const payload = readGraphBody(text);
          const t2 = performance.now();
          return { text, payload, serverMs: t1 - t0, clientMs: t2 - t1 };
        };
        // One unmeasured request of each warms Neo4j's plans and the JIT; it also checks that the two forms agree,
        // and that the old way answers the same nodes (its relationships are cut in another order).
        const [o1, a, b] = [await ask("old"), await ask("json"), await ask("compact")];
        const nodeIds = (p: GraphPayload) => JSON.stringify(p.nodes.map((n) => n.id));
        const ids = (p: GraphPayload) => JSON.stringify([nodeIds(p), p.relationships.map((r) => r.id)]);
        if (ids(a.payload) !== ids(b.payload)) throw new Error(`size ${size}: the two forms answer different graphs`);
        if (nodeIds(o1.payload) !== nodeIds(a.payload)) throw new Error(`size ${size}: the old way has other nodes`);
        const runs: Record<WireForm, Array<{ serverMs: number; clientMs: number }>> = {
          old: [],
          json: [],
          compact: [],
        };
        const ratios: number[] = [];
        for (let round = 1; round <= o.rounds; round++) {
          // Each form goes first once in three rounds.
          const order = FORMS.map((_, i) => FORMS[(i + round) % FORMS.length] as WireForm);
          const got: Partial<Record<WireForm, { serverMs: number; clientMs: number }>> = {};
          for (const form of order) {
            const r = await ask(form);
            got[form] = { serverMs: r.serverMs, clientMs: r.clientMs };
            runs[form].push(got[form]);
          }
          const total = (form: WireForm) => got[form]!.serverMs + got[form]!.clientMs;
          ratios.push(total("old") / total("compact"));
          log(`size ${size}, round ${round}: ${FORMS.map((f) => `${f} ${total(f).toFixed(0)} ms`).join(", ")}`);
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
        const old = figure("old", o1.text, o1.payload);
        const json = figure("json", a.text, a.payload);
        const compact = figure("compact", b.text, b.payload);
        const ratio = { bytes: old.bytes / compact.bytes, total: spread(ratios) };
        figures.push({ size, old, json, compact, ratios: ratio });
      }
      loads.push(load1());
      return { machine: machineInfo(o.root, instance.version), load1: loads, figures };
    } finally {
      await explorer.close();
      await oldExplorer.close();
    }
  } finally {
    await driver.close();
    await instance.stop();
    instance.remove();
  }
}
