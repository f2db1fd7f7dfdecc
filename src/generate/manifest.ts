// Builds the manifest once every relationship is drawn: counts, degree shape, hubs and ordinary entities.
import type { KindRange } from "./layout.ts";
import type { DatasetManifest, DegreeSummary, EntityRow } from "./types.ts";

export const ENTITIES_FILE = "entities.jsonl";
export const RELATIONSHIPS_FILE = "relationships.jsonl";
export const MANIFEST_FILE = "manifest.json";
/** The same rows with the importer's headers, for a fresh local database (`neo4j-admin database import full`). */
export const ENTITIES_CSV_FILE = "entities.csv";
export const RELATIONSHIPS_CSV_FILE = "relationships.csv";

export function sourceIdFor(seed: number): string {
  return `synthetic-news-s${seed}`;
}

function degreeSummary(degrees: Int32Array): DegreeSummary {
  const sorted = Int32Array.from(degrees).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const atLeast: Record<string, number> = {};
  for (let k = 0; 2 ** k <= Math.max(1, max); k++) atLeast[`2^${k}`] = degrees.filter((d) => d >= 2 ** k).length;
  return {
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max,
    over10k: degrees.filter((d) => d >= 10_000).length,
    atLeast,
  };
}

export interface ManifestInput {
  seed: number;
  zipfExponent: number;
  ranges: readonly KindRange[];
  entities: readonly EntityRow[];
  degrees: Int32Array;
  types: Map<string, number>;
}

export function buildManifest({
  seed,
  zipfExponent,
  ranges,
  entities,
  degrees,
  types,
}: ManifestInput): DatasetManifest {
  const degree = degreeSummary(degrees);
  const order = [...degrees.keys()].sort((a, b) => degrees[b]! - degrees[a]! || a - b);
  const hubs = order
    .slice(0, 10)
    .map((i) => ({ id: String(entities[i]!.props.id), label: entities[i]!.label, degree: degrees[i]! }));
  // Ordinary: exactly the median degree, spread over the index so they are not all of one kind.
  const medians = [...degrees.keys()].filter((i) => degrees[i] === degree.p50);
  const step = Math.max(1, Math.floor(medians.length / 20));
  const ordinary = medians
    .filter((_, k) => k % step === 0)
    .slice(0, 20)
    .map((i) => String(entities[i]!.props.id));
  const relationships = [...types.values()].reduce((a, b) => a + b, 0);
  return {
    format: "kg-explorer-synthetic",
    version: 1,
    seed,
    zipfExponent,
    entities: entities.length,
    relationships,
    labels: Object.fromEntries(ranges.map((r) => [r.label, r.count])),
    types: Object.fromEntries([...types.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    source: { id: sourceIdFor(seed), title: `Synthetic news graph (seed ${seed})`, language: "ja" },
    files: { entities: ENTITIES_FILE, relationships: RELATIONSHIPS_FILE },
    degree,
    hubs,
    ordinary,
  };
}
