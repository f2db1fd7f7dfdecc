// What a stuck ad-hoc query costs everybody else: exploring latency idle, then while three such queries are sent
// with the explorer's containment (one slot) and without it (a slot each), on a private Neo4j with the article.
import { loadArticleGraph } from "../../seed/index.ts";
import { startExplorer, type RunningExplorer } from "../../server/run.ts";
import { startFreshInstance } from "../instance.ts";
import { percentile } from "../stats.ts";

/** Quadratic string building in one expression, over a range the guard cannot size: it outlives any timeout. */
const STUCK = (i: number) => `RETURN size(reduce(s = "", x IN range(1, 20000 * 1000) | s + "x${i}")) AS stuck${i}`;

const EXPLORE = [
  "/api/search?q=jack",
  "/api/nodes/alibaba/neighbors?limit=50",
  "/api/paths?from=jack-ma&to=apple",
  `/api/search?q=${encodeURIComponent("通義千問")}`,
  "/api/nodes/jack-ma",
];

export interface StuckPhase {
  name: string;
  /** Ad-hoc transactions the explorer lets run at once. */
  slots: number;
  p50: number;
  p99: number;
  requests: number;
  /** Ad-hoc queries Neo4j still ran after their timeout, as it reported at the end of the phase. */
  stuckInNeo4j: number;
  /** Ad-hoc requests answered 503 (busy). */
  turnedAway: number;
}

async function exploreLatencies(url: string, requests: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const path = EXPLORE[i % EXPLORE.length]!;
    const t0 = performance.now();
    const res = await fetch(new URL(path, url));
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status} during the benchmark`);
    times.push(performance.now() - t0);
  }
  return times;
}

async function countStuck(explorer: RunningExplorer): Promise<number> {
  const { records } = await explorer.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'reduce(s' AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*) AS n",
  );
  return Number(records[0]?.get("n"));
}

export async function runStuckQueryBench(o: {
  root: string;
  requests: number;
  log: (line: string) => void;
}): Promise<{ phases: StuckPhase[]; neo4jVersion: string }> {
  const phases: StuckPhase[] = [];
  let neo4jVersion = "";
  // A fresh Neo4j per phase: a stuck transaction only ends with its JVM.
  for (const [name, slots, stuck] of [
    ["idle", 1, false],
    ["three stuck queries, contained (1 slot)", 1, true],
    ["three stuck queries, uncontained (3 slots)", 3, true],
  ] as const) {
    const instance = await startFreshInstance({ root: o.root, dataDir: ".data/neo4j-bench-stuck", port: 7793 });
    neo4jVersion = instance.version;
    let explorer: RunningExplorer | undefined;
    try {
      await loadArticleGraph(instance.conn, { root: o.root, reset: true, log: () => {} });
      explorer = await startExplorer({
        connection: instance.conn,
        port: 0,
        timeoutMs: 1_500,
        adhocConcurrency: slots,
      });
      // The full-text index fills in the background after the load; search needs it online.
      await explorer.driver.executeQuery("CALL db.awaitIndexes(120)");
      await exploreLatencies(explorer.url, 50); // warm-up
      let turnedAway = 0;
      if (stuck) {
        const answers = await Promise.all(
          [1, 2, 3].map((i) =>
            fetch(new URL("/api/cypher", explorer!.url), {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: STUCK(i) }),
            }),
          ),
        );
        turnedAway = answers.filter((a) => a.status === 503).length;
      }
      const times = await exploreLatencies(explorer.url, o.requests);
      const phase = {
        name,
        slots,
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        requests: times.length,
        stuckInNeo4j: await countStuck(explorer),
        turnedAway,
      };
      o.log(`${name}: p50 ${phase.p50.toFixed(1)} ms, p99 ${phase.p99.toFixed(1)} ms, ${phase.stuckInNeo4j} stuck`);
      phases.push(phase);
    } finally {
      await explorer?.close();
      await instance.stop();
      instance.remove();
    }
  }
  return { phases, neo4jVersion };
}

export function stuckQueryReport(phases: readonly StuckPhase[], command: string, machine: string): string {
  const idle = phases[0]!;
  const rows = phases.map(
    (p) =>
      `| ${p.name} | ${p.slots} | ${p.stuckInNeo4j} | ${p.turnedAway} | ${p.p50.toFixed(1)} | ${p.p99.toFixed(1)} | ${(p.p99 / idle.p99).toFixed(2)}× |`,
  );
  return [
    "## A stuck ad-hoc query and everybody else",
    "",
    `Command: \`${command}\` (${machine}). Each phase on a fresh private Neo4j with the article graph; the explorer's`,
    "timeout is 1.5 s. A stuck query builds a string in one `reduce` over a range whose bound is arithmetic, so the",
    "guard cannot size it: Neo4j checks for termination between rows, so it runs on after its timeout. Exploring",
    `is ${idle.requests} sequential requests (search, neighbours, paths, details) after three such queries were sent at once.`,
    "",
    "| phase | ad-hoc slots | stuck in Neo4j | ad-hoc turned away (503) | exploring p50 (ms) | p99 (ms) | p99 vs idle |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
