// The article-seed figures as the BENCHMARKS.md section they replace.
import { markSection } from "../markdown-section.ts";
import type { Spread } from "../stats.ts";
import type { SeedBenchResult } from "./run.ts";

export const SEED_SECTION = "seed";

const ms = (n: number) => Math.round(n).toLocaleString("en");
const row = (name: string, s: Spread) => `| ${name} | ${ms(s.min)} / ${ms(s.median)} / ${ms(s.max)} |`;

export function renderSeedReport(r: SeedBenchResult, command: string, date: string, rounds: number): string {
  const m = r.machine;
  const body = `## Article seed: pipelined statements vs one round trip each

\`${command}\` (${date})

Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}, neo4j-driver ${m.driver}. A private Neo4j on loopback. One-minute load average ${r.load1.join(" → ")} (other work shares these cores).

The article graph (\`graph/\`: ${r.files} files, ${r.statements} statements) loaded with \`--reset\` as \`npm run seed\` does: every statement planned (EXPLAIN) in a rolled-back transaction, schema commands, then the reset, the data and the source texts in one transaction. Pipelined: a run of statements is sent without waiting for each answer, and the answers are read in order (\`src/seed/pipeline.ts\`). One by one: the old way, an answer awaited before the next statement goes. ${rounds} rounds, the two alternating after one warm-up load each.

| whole load, ms | min / median / max |
|---|---|
${row("pipelined", r.pipelined)}
${row("one by one (old way)", r.oneByOne)}

Old time over new, per round: ${r.ratios.min.toFixed(2)} / ${r.ratios.median.toFixed(2)} / ${r.ratios.max.toFixed(2)}×.
`;
  return markSection(SEED_SECTION, body);
}
