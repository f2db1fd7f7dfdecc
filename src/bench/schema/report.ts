// The schema-discovery figures as the BENCHMARKS.md section they replace.
import { markSection } from "../markdown-section.ts";
import type { Spread } from "../stats.ts";
import type { SchemaBenchResult } from "./run.ts";

export const SCHEMA_SECTION = "schema";

const ms = (n: number) => (n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString("en"));
const row = (name: string, s: Spread) => `| ${name} | ${ms(s.min)} / ${ms(s.median)} / ${ms(s.max)} |`;

export function renderSchemaReport(r: SchemaBenchResult, command: string, date: string): string {
  const m = r.machine;
  const body = `## Schema discovery and perspective generation

\`${command}\` (${date})

Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}, neo4j-driver ${m.driver}. A private Neo4j (heap 2g, page cache 1g), on loopback. One-minute load average ${r.load1.join(" → ")} (other work shares these cores).

Graph: ${r.nodes.toLocaleString("en")} entities and ${r.relationships.toLocaleString("en")} relationships (\`npm run generate\` model, bulk-loaded in ${r.loadSeconds.toFixed(1)} s), ${r.labels} labels, ${r.types} relationship types. Discovery reads counts from the count store and properties and label pairs from up to ${r.sampleSize.toLocaleString("en")} nodes per label and relationships per type (sampled: ${r.sampled ? "yes" : "no"}): one query per label and two per type, four at a time.

| figure, ms | min / median / max |
|---|---|
| first discovery after the load (cold caches) | ${ms(r.firstMs)} |
${row("discovery (the server's `/api/schema` after a load)", r.discoveryMs)}
${row("perspective generation from the schema", r.generateMs)}
${row("a request once discovered (count-store fingerprint, cached)", r.cachedMs)}
`;
  return markSection(SCHEMA_SECTION, body);
}
