// The diff benchmark's section of BENCHMARKS.md: each step's time, peak memory, and the diff beside its two loads.
import { markSection } from "../markdown-section.ts";
import { spread, type Spread } from "../stats.ts";
import type { DiffBenchResult, DiffBenchRun } from "./run.ts";

export const DIFF_SECTION = "diff";

const s = (ms: number) => (ms / 1000).toFixed(1);
const cell = (x: Spread, f: (n: number) => string) => `${f(x.min)} / ${f(x.median)} / ${f(x.max)}`;
const of = (runs: DiffBenchRun[], pick: (r: DiffBenchRun) => number) => spread(runs.map(pick));
const n = (x: number) => x.toLocaleString("en");

export function renderDiffReport(r: DiffBenchResult, command: string, date: string): string {
  const m = r.machine;
  const t = (pick: (r: DiffBenchRun) => number) => cell(of(r.runs, pick), s);
  const mib = (pick: (r: DiffBenchRun) => number) => cell(of(r.runs, pick), (x) => x.toFixed(0));
  const loads = (x: DiffBenchRun) => x.timings.loadA + x.timings.loadB;
  const rest = (x: DiffBenchRun) => x.timings.readA + x.timings.readB + x.timings.compare;
  const { mutation: mu } = r;
  const facts = r.entities + r.relationships;
  const touched =
    mu.entitiesChanged + mu.entitiesRekeyed + mu.relationshipsChanged + mu.relationshipsRemoved + mu.relationshipsAdded;
  const body = `## Graph diff: two versions of a generated graph

\`${command}\` (${date})

Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}, neo4j-driver ${m.driver}. One-minute load average ${r.load1.join(" → ")} over the runs (other work shares these cores).

A: \`npm run generate -- --entities ${r.entities} --relationships ${r.relationships}\`. B: A with ${n(touched)} of its ${n(facts)} facts (${((100 * touched) / facts).toFixed(2)}%) changed by \`src/bench/diff/mutate.ts\`: ${n(mu.entitiesChanged)} entities with a new description, ${n(mu.entitiesRekeyed)} with a new id (their relationships follow), ${n(mu.relationshipsChanged)} relationships with a new quote, ${n(mu.relationshipsRemoved)} removed, ${n(mu.relationshipsAdded)} added. Each run is the command's own code (\`runDiff\`, what \`npm run diff -- A B\` runs): a new scratch Neo4j, A bulk-loaded and read, emptied, B bulk-loaded and read, compared in Node. Every run's diff is checked to find exactly the changes made.

The peer, measured in the same runs: **the two loads alone**, which any comparison of two script versions inside Neo4j needs. The ratio says what reading both graphs out and comparing them adds on top.

| figure (${r.runs.length} run${r.runs.length === 1 ? "" : "s"}; min / median / max) | value |
|---|---|
| whole diff, s | ${t((x) => x.timings.total)} |
| scratch Neo4j start, s | ${t((x) => x.timings.start)} |
| load A, s | ${t((x) => x.timings.loadA)} |
| read A (every node and relationship, streamed), s | ${t((x) => x.timings.readA)} |
| empty A, then load B, s | ${t((x) => x.timings.loadB)} |
| read B, s | ${t((x) => x.timings.readB)} |
| compare in Node, s | ${t((x) => x.timings.compare)} |
| **the two loads alone (peer), s** | ${t(loads)} |
| reading and comparing, s | ${t(rest)} |
| **diff after the start (loads, reads, compare) / the two loads** | ${cell(
    of(r.runs, (x) => (loads(x) + rest(x)) / loads(x)),
    (x) => x.toFixed(2),
  )} |
| peak Node RSS, MiB | ${mib((x) => x.memory.nodeRssMiB)} |
| peak V8 heap used, MiB | ${mib((x) => x.memory.nodeHeapMiB)} |
| peak scratch Neo4j RSS, MiB | ${mib((x) => x.memory.neo4jRssMiB)} |
| diff as JSON, MiB | ${cell(
    of(r.runs, (x) => x.jsonMiB),
    (x) => x.toFixed(1),
  )} |

Scratch Neo4j heap ${r.heap}, page cache ${r.pagecache}. Absolute times follow the machine's load (above); the ratio, taken within each run, is the figure to compare. Memory is sampled from \`/proc\` every 200 ms; both versions are held in Node at once (nodes by key, relationships grouped by their ends and type), so Node's peak grows with the graph, not with the change.`;
  return markSection(DIFF_SECTION, body);
}
