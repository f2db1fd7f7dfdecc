// Hub pages of 50 over HTTP with the page order kept per database version, each page one auto-commit query (the new
// way), against the same in a managed transaction (part 3's way) and sorting every relationship of the hub per page
// (the old way): three explorers of this build over one loaded graph, interleaved.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Connection } from "../server/db/connection.ts";
import { startExplorer } from "../server/run.ts";
import { percentile } from "./stats.ts";

export interface HubPagesBenchOptions {
  connection: Connection;
  /** A folder written by `npm run generate` and loaded into that database: its manifest names the hubs. */
  dataDir: string;
  requests: number;
  warmup: number;
  log?: (line: string) => void;
}

const PAGE = 50;
const CURSORS = [0, 1_000, 5_000];

export type HubPagesWay = "old" | "managed" | "new";

const WAY_NAMES: Record<HubPagesWay, string> = {
  old: "old: every relationship sorted per page",
  managed: "part 3: order kept, page in a managed transaction",
  new: "new: order kept, page in one auto-commit query",
};

export interface HubPagesFigures {
  way: HubPagesWay;
  ms: number[];
}

export async function runHubPagesBench(o: HubPagesBenchOptions): Promise<HubPagesFigures[]> {
  const manifest = JSON.parse(readFileSync(join(o.dataDir, "manifest.json"), "utf8")) as {
    hubs: { id: string; degree: number }[];
  };
  const paths = manifest.hubs.flatMap((h) =>
    CURSORS.filter((c) => c < h.degree).map(
      (c) => `/api/nodes/${h.id}/neighbors?limit=${PAGE}${c ? `&cursor=${c}` : ""}`,
    ),
  );
  const common = { connection: o.connection, host: "127.0.0.1", port: 0, timeoutMs: 120_000 };
  const explorers = {
    new: await startExplorer(common),
    managed: await startExplorer({ ...common, hubPages: { managedRead: true } }),
    old: await startExplorer({ ...common, hubPages: null }),
  };
  const figures: HubPagesFigures[] = [
    { way: "old", ms: [] },
    { way: "managed", ms: [] },
    { way: "new", ms: [] },
  ];
  try {
    const answers = new Map<string, string>();
    for (let i = 0; i < o.warmup + o.requests; i++) {
      const path = paths[i % paths.length]!;
      for (const f of i % 2 ? [...figures].reverse() : figures) {
        const t0 = performance.now();
        const res = await fetch(new URL(path, explorers[f.way].url));
        const body = await res.text();
        const ms = performance.now() - t0;
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.slice(0, 200)}`);
        // All ways give the same page (timings aside).
        const page = JSON.stringify(
          (JSON.parse(body) as { relationships: { id: string }[] }).relationships.map((r) => r.id),
        );
        const other = answers.get(path);
        if (other !== undefined && other !== page) throw new Error(`${path}: the ways gave different pages`);
        answers.set(path, page);
        if (i >= o.warmup) f.ms.push(ms);
      }
      if ((i + 1) % 50 === 0) o.log?.(`${i + 1} of ${o.warmup + o.requests} requests a way`);
    }
  } finally {
    await explorers.new.close();
    await explorers.managed.close();
    await explorers.old.close();
  }
  return figures;
}

export function renderHubPages(figures: HubPagesFigures[]): string {
  const p = (f: HubPagesFigures, q: number) => percentile(f.ms, q);
  const now = figures.find((f) => f.way === "new")!;
  return [
    "| way | requests | p50, ms | p99, ms |",
    "|---|---|---|---|",
    ...figures.map((f) => `| ${WAY_NAMES[f.way]} | ${f.ms.length} | ${p(f, 50).toFixed(2)} | ${p(f, 99).toFixed(2)} |`),
    "",
    ...figures
      .filter((f) => f !== now)
      .map(
        (f) =>
          `${WAY_NAMES[f.way].split(":")[0]} ÷ new: p50 ${(p(f, 50) / p(now, 50)).toFixed(1)}×, p99 ${(p(f, 99) / p(now, 99)).toFixed(1)}×.`,
      ),
  ].join("\n");
}
