// The wire-form figures as the BENCHMARKS.md section they replace.
import { markSection } from "../markdown-section.ts";
import type { Spread } from "../stats.ts";
import type { WireBenchResult, WireFigures } from "./run.ts";

export const WIRE_SECTION = "wire";

const n = (x: number) => Math.round(x).toLocaleString("en");
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
const s3 = (s: Spread, f: (x: number) => string = n) => `${f(s.min)} / ${f(s.median)} / ${f(s.max)}`;
const row = (w: WireFigures, name: string) =>
  `| ${n(w.nodes)} / ${n(w.relationships)} | ${name} | ${mb(w.bytes)} | ${mb(w.gzipBytes)} | ${n(w.bytes / Math.max(1, w.nodes + w.relationships))} | ${s3(w.serverMs)} | ${s3(w.clientMs)} | ${s3(w.totalMs)} |`;

export function renderWireReport(
  r: WireBenchResult,
  command: string,
  date: string,
  o: { entities: number; relationships: number; rounds: number },
): string {
  const m = r.machine;
  const rows = r.figures.flatMap((f) => [
    row(f.old, "JSON, by element id (old way)"),
    row(f.json, "JSON, by internal id"),
    row(f.compact, "compact, by internal id"),
  ]);
  const ratios = r.figures.map(
    (f) =>
      `- ${n(f.old.nodes)} nodes: compact is **${f.ratios.bytes.toFixed(2)}× smaller** than the old way (plain; gzip ${(f.old.gzipBytes / f.compact.gzipBytes).toFixed(2)}×) and ${s3(f.ratios.total, (x) => x.toFixed(2))}× faster end to end (old ÷ compact, per round).`,
  );
  const body = `## Graph payload on the wire: JSON and the compact form

\`${command}\` (${date})

Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}, neo4j-driver ${m.driver}. A private Neo4j on loopback. One-minute load average ${r.load1.join(" → ")} (other work shares these cores).

A generated graph (\`npm run generate\`'s generator: ${n(o.entities)} entities, ${n(o.relationships)} relationships) loaded into a private Neo4j; two explorers of this build (answer cache off, so every request computes its answer) were asked \`GET /api/graph?limit=N\`. The old way: the JSON form (driver nodes and relationships mapped into it) from an explorer that cuts the relationships at 4 × N + 1 by element id, as before (\`firstViewByElementId\`). This build cuts them by internal id, in the JSON form and with \`&format=compact\` (form 3 of \`src/shared/compact-graph.ts\`: integer columns packed, property columns holding only the elements that have the key, list items that repeat the element's own texts named by their key; encoded in one pass from column queries by \`src/server/explore/graph-compact.ts\`). Each goes first in turn, ${o.rounds} rounds after one unmeasured request of each (which also checks that this build's two forms give the same nodes and relationships, and the old way the same nodes). *Server*: request sent to last byte read on loopback, without compression (query, mapping, zod check, encoding, transfer). *Page*: what the page does with the body (\`JSON.parse\`, the endpoint's zod check, reading the compact form back into the JSON form, building the graphology graph), in Node. Times in ms, min / median / max over the rounds.

| nodes / relationships | form | MB | gzip MB | bytes per element | server | page | end to end |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}

${ratios.join("\n")}
`;
  return markSection(WIRE_SECTION, body);
}
