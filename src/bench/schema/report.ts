// The schema-discovery figures as the BENCHMARKS.md section they replace.
import { markSection } from "../markdown-section.ts";
import type { Spread } from "../stats.ts";
import type { SchemaBenchResult } from "./run.ts";

export const SCHEMA_SECTION = "schema";

const ms = (n: number) => (n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString("en"));
const row = (name: string, s: Spread) => `| ${name} | ${ms(s.min)} / ${ms(s.median)} / ${ms(s.max)} |`;
const ratio = (s: Spread) => `${s.min.toFixed(2)} / ${s.median.toFixed(2)} / ${s.max.toFixed(2)}×`;

export function renderSchemaReport(r: SchemaBenchResult, command: string, date: string): string {
  const m = r.machine;
  const body = `## Schema discovery and perspective generation

\`${command}\` (${date})

Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}, neo4j-driver ${m.driver}. A private Neo4j (heap 2g, page cache 1g), on loopback. One-minute load average ${r.load1.join(" → ")} (other work shares these cores).

Graph: ${r.nodes.toLocaleString("en")} entities and ${r.relationships.toLocaleString("en")} relationships (\`npm run generate\` model, bulk-loaded in ${r.loadSeconds.toFixed(1)} s), ${r.labels} labels, ${r.types} relationship types. Discovery reads counts from the count store and properties and label pairs from up to ${r.sampleSize.toLocaleString("en")} nodes per label and relationships per type (sampled: ${r.sampled ? "yes" : "no"}). The server's way (\`sample-once\`): one query per label and one per type, four at a time, the type's one sample giving both its properties and its label pairs. The old way (\`two-per-type\`): one query per label and two per type (properties, then label pairs), four at a time. Both ways found ${r.same ? "the same schema" : "DIFFERENT schemas"}.

| figure, ms | min / median / max |
|---|---|
| first discovery after the load (cold caches, sample-once) | ${ms(r.firstMs)} |
${row("sample-once, query plans cleared first", r.ways["sample-once"].planColdMs)}
${row("old way, query plans cleared first", r.ways["two-per-type"].planColdMs)}
${row("sample-once, plans cached", r.ways["sample-once"].warmMs)}
${row("old way, plans cached", r.ways["two-per-type"].warmMs)}
${row("discovery (the server's `/api/schema` after a load)", r.discoveryMs)}
${row("perspective generation from the schema", r.generateMs)}
${row("a request once discovered (count-store fingerprint, cached)", r.cachedMs)}

Old ÷ sample-once, per round (alternating which goes first), min / median / max: plans cleared ${ratio(r.planColdRatio)}; plans cached ${ratio(r.warmRatio)}.
`;
  return markSection(SCHEMA_SECTION, body);
}
