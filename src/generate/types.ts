// Shapes of a generated data set: the rows written to entities.jsonl / relationships.jsonl and the manifest.
import type { EntityLabel } from "./model.ts";

export interface GenerateOptions {
  entities: number;
  relationships: number;
  seed: number;
  /** Zipf exponent of how often an entity is picked as an end; 1 gives a few hubs with tens of thousands of neighbours at 1M relationships. */
  zipfExponent?: number;
}

export type PropertyValue = string | number | string[];

export interface EntityRow {
  label: EntityLabel;
  /** Always holds `id` (unique), `name`, `name_ja`, `name_zh`, `aliases`, `aliases_text`, `description`. */
  props: Record<string, PropertyValue>;
}

export interface RelationshipRow {
  type: string;
  /** Entity ids (`props.id` of the two ends). */
  from: string;
  to: string;
  props: { quote: string; source: string; year?: number };
}

export interface DegreeSummary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Entities with at least 10,000 relationships. */
  over10k: number;
  /** Entities with this many relationships or more: key "2^k" counts degree >= 2^k. */
  atLeast: Record<string, number>;
}

export interface DatasetManifest {
  format: "kg-explorer-synthetic";
  version: 1;
  seed: number;
  zipfExponent: number;
  entities: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  /** The :Source node every relationship's `source` names. */
  source: { id: string; title: string; language: "ja" };
  files: { entities: string; relationships: string };
  /** The same rows as CSV for Neo4j's offline importer; absent in data sets written before it existed. */
  csv?: CsvFiles;
  degree: DegreeSummary;
  /** The busiest entities, busiest first: the ones whose neighbour lists need paging. */
  hubs: { id: string; label: string; degree: number }[];
  /** Entities of about median degree, for "an ordinary node" in benchmarks. */
  ordinary: string[];
}

export interface CsvFiles {
  entities: string;
  relationships: string;
  /** As the importer's --array-delimiter takes it (U+XXXX). */
  arrayDelimiter: string;
  /** Some field spans lines: the importer then needs --multiline-fields=true, which is slower. */
  multiline: boolean;
}
