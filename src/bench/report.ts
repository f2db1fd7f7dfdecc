// Renders a benchmark result as the Markdown section of BENCHMARKS.md: every figure as min / median / max over runs.
import type { BenchResult } from "./run.ts";
import { sectionMarkers, spliceNamedSection } from "./markdown-section.ts";
import { spread } from "./stats.ts";

const fmt = (x: number, digits = 1) =>
  Number.isFinite(x) ? x.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "–";
const int = (x: number) => fmt(x, 0);
const triple = (xs: number[], digits = 1) => {
  const s = spread(xs);
  return `${fmt(s.min, digits)} / ${fmt(s.median, digits)} / ${fmt(s.max, digits)}`;
};

const { start: SECTION_START, end: SECTION_END } = sectionMarkers("scale");

export function renderReport(r: BenchResult, command: string, date: string): string {
  const m = r.machine;
  const lines: string[] = [SECTION_START, "## Scale: bulk load, query latency, graph payloads", ""];
  lines.push(`\`${command}\` (${date})`, "");
  lines.push(
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, Neo4j ${m.neo4j}, neo4j-driver ${m.driver}, Fastify ${m.fastify}. ` +
      `A private Neo4j (heap ${r.options.instance?.heap ?? "2g"}, page cache ${r.options.instance?.pagecache ?? "1g"}), on loopback. ` +
      `One-minute load average ${r.load1.start} at the start and ${r.load1.end} at the end (other work shares these 2 cores).`,
    "",
  );
  lines.push(
    "How to read it: *naive* is one auto-committed `MERGE` statement per entity and per relationship (same constraints), " +
      "run on a sample of the same distribution in the same run; *bulk* is `npm run seed -- --bulk` (batched `UNWIND`). " +
      "*Raw driver* runs the very Cypher an endpoint runs, with the same parameters and parallelism, through neo4j-driver; " +
      "*HTTP* is the API on loopback (routing, zod checks, JSON, compression), requests interleaved with the raw ones. Figures are wall-clock.",
    "",
  );
  const d = r.manifest;
  lines.push(
    `Data set: \`npm run generate -- --entities ${d.entities} --relationships ${d.relationships} --seed ${d.seed}\`, written in ${fmt(r.generateMs / 1000)} s. ` +
      `Degree median ${d.degree.p50}, p99 ${d.degree.p99}, max ${int(d.degree.max)}; ${d.degree.over10k} entities with 10,000+ relationships.`,
    "",
  );

  if (r.sweep) {
    lines.push(
      `### Batch size (${d.entities} entities and ${r.sweep.relationships} relationships, one load per row, each on a new store)`,
      "",
    );
    lines.push(
      "| rows per transaction | in flight | entities/s | relationships/s | total, s | load average after |",
      "|---|---|---|---|---|---|",
    );
    for (const p of r.sweep.points)
      lines.push(
        `| ${int(p.batchSize)} | ${p.concurrency} | ${int(p.entitiesPerSecond)} | ${int(p.relationshipsPerSecond)} | ${fmt(p.totalMs / 1000)} | ${p.load1} |`,
      );
    lines.push("");
  }
  const bulk = r.loads.map((l) => l.bulk);
  const naive = r.loads.map((l) => l.naive);
  lines.push(
    `### Load (${r.loads.length} runs, each on a new store; batch size ${bulk[0]?.batchSize}, ${bulk[0]?.concurrency} transaction(s) in flight)`,
    "",
  );
  lines.push("| figure | min / median / max |", "|---|---|");
  lines.push(
    `| bulk load total (schema, entities, relationships, index population), s | ${triple(bulk.map((b) => b.ms.total / 1000))} |`,
  );
  lines.push(
    `| bulk entities/s | ${triple(
      bulk.map((b) => b.entitiesPerSecond),
      0,
    )} |`,
  );
  lines.push(
    `| bulk relationships/s | ${triple(
      bulk.map((b) => b.relationshipsPerSecond),
      0,
    )} |`,
  );
  lines.push(`| full-text index population after the load, s | ${triple(bulk.map((b) => b.ms.indexes / 1000))} |`);
  lines.push(
    `| naive entities/s (${naive[0]?.entities} MERGE statements) | ${triple(
      naive.map((n) => n.entitiesPerSecond),
      0,
    )} |`,
  );
  lines.push(
    `| naive relationships/s (${naive[0]?.relationships} MERGE statements) | ${triple(
      naive.map((n) => n.relationshipsPerSecond),
      0,
    )} |`,
  );
  lines.push(
    `| ratio bulk / naive, entities | ${triple(r.loads.map((l) => l.bulk.entitiesPerSecond / l.naive.entitiesPerSecond))} |`,
  );
  lines.push(
    `| ratio bulk / naive, relationships | ${triple(r.loads.map((l) => l.bulk.relationshipsPerSecond / l.naive.relationshipsPerSecond))} |`,
  );
  lines.push(
    `| ratio bulk / naive, whole load (rows/s) | ${triple(r.loads.map((l) => (l.bulk.entities + l.bulk.relationships) / l.bulk.ms.total / ((l.naive.entities + l.naive.relationships) / (l.naive.entityMs + l.naive.relationshipMs))))} |`,
    "",
  );

  const rounds = r.latency;
  lines.push(
    `### Query latency (${rounds.length} rounds of ${r.options.requests} requests per case after ${r.options.warmup} warm-up; ms, min / median / max over rounds)`,
    "",
  );
  lines.push(
    "| request | HTTP p50 | HTTP p99 | raw driver p50 | raw driver p99 | API overhead at p50 |",
    "|---|---|---|---|---|---|",
  );
  for (const [i, c] of (rounds[0] ?? []).entries()) {
    const of = (f: (x: NonNullable<(typeof rounds)[number][number]>) => number) => rounds.map((round) => f(round[i]!));
    lines.push(
      `| ${c.name} | ${triple(
        of((x) => x.http.p50),
        2,
      )} | ${triple(
        of((x) => x.http.p99),
        2,
      )} | ${triple(
        of((x) => x.raw.p50),
        2,
      )} | ${triple(
        of((x) => x.raw.p99),
        2,
      )} | ${triple(
        of((x) => x.http.p50 - x.raw.p50),
        2,
      )} |`,
    );
  }
  lines.push("", ...againstOldWay(rounds), "");
  lines.push(
    `### Graph payloads (entities and the relationships between them in the API's wire format, ${r.payloads[0]?.length ?? 0} rounds; ms as min / median / max)`,
    "",
  );
  lines.push(
    "| nodes | relationships | plain MB | gzip MB | brotli-4 MB | bytes/node | bytes/relationship | server (query, map, stringify) | gzip | brotli-4 | JSON.parse | zod check | graphology import |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const rounds of r.payloads) {
    const p = rounds[0]!;
    const of = (f: (x: (typeof rounds)[number]) => number) => triple(rounds.map(f), 0);
    lines.push(
      `| ${int(p.nodes)} | ${int(p.relationships)} | ${fmt(p.bytes.identity / 1e6, 2)} | ${fmt(p.bytes.gzip / 1e6, 2)} | ${fmt(p.bytes.br / 1e6, 2)} | ${int(p.bytesPerNode)} | ${int(p.bytesPerRelationship)} | ${of((x) => x.serverMs)} | ${of((x) => x.gzipMs)} | ${of((x) => x.brMs)} | ${of((x) => x.parseMs)} | ${of((x) => x.validateMs)} | ${of((x) => x.buildMs)} |`,
    );
  }
  const c = r.compression;
  lines.push(
    "",
    `Over HTTP, \`GET ${c.path}\`: ${c.encodings.map((e) => `${e.encoding} ${int(e.bytes)} bytes in ${fmt(e.ms)} ms`).join(", ")}.`,
  );
  lines.push("", SECTION_END);
  return lines.join("\n");
}

/** Each improved request beside the same build with the improvement off, in the same rounds: HTTP, old / new. */
function againstOldWay(rounds: BenchResult["latency"]): string[] {
  const first = rounds[0] ?? [];
  const pairs = first.flatMap((c, oldIndex) => {
    const newIndex = first.findIndex((x) => x.name === c.oldWayOf);
    return c.oldWayOf && newIndex >= 0 ? [{ name: c.oldWayOf, oldIndex, newIndex }] : [];
  });
  if (!pairs.length) return [];
  const lines = [
    "#### Against the old way (the same build started with the improvement off, same run; HTTP, ms, min / median / max over rounds)",
    "",
    "| request | new p50 | new p99 | old p50 | old p99 | old / new at p50 | old / new at p99 | answers cut short (new) |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const { name, oldIndex, newIndex } of pairs) {
    const of = (index: number, f: (x: NonNullable<(typeof rounds)[number][number]>) => number) =>
      rounds.map((round) => f(round[index]!));
    const ratio = (key: "p50" | "p99") =>
      triple(
        rounds.map((round) => round[oldIndex]!.http[key] / round[newIndex]!.http[key]),
        1,
      );
    lines.push(
      `| ${name} | ${triple(
        of(newIndex, (x) => x.http.p50),
        2,
      )} | ${triple(
        of(newIndex, (x) => x.http.p99),
        2,
      )} | ${triple(
        of(oldIndex, (x) => x.http.p50),
        2,
      )} | ${triple(
        of(oldIndex, (x) => x.http.p99),
        2,
      )} | ${ratio("p50")} | ${ratio("p99")} | ${triple(
        of(newIndex, (x) => x.truncated),
        0,
      )} of ${first[newIndex]!.requests} |`,
    );
  }
  return lines;
}

/** Replaces this section of BENCHMARKS.md, or appends it; the other sections are left as they are. */
export function spliceSection(document: string, section: string): string {
  return spliceNamedSection(document, "scale", section);
}
