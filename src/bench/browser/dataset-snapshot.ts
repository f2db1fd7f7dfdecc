// Turns a synthetic data set (src/server/generate) into an offline snapshot, so the explorer can be loaded with it without Neo4j.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  SnapshotSchema,
  type Snapshot,
  type WireNode,
  type WireRelationship,
} from "../../shared/index.ts";
import { ENTITIES_FILE, MANIFEST_FILE, RELATIONSHIPS_FILE, sourceIdFor } from "../../generate/index.ts";
import type { DatasetManifest, EntityRow, RelationshipRow } from "../../generate/index.ts";

/** Rows of a data set: what createDataset returns, or rows read back from writeDataset's files. */
export interface DatasetRows {
  entities: readonly EntityRow[];
  relationships: Iterable<RelationshipRow> | AsyncIterable<RelationshipRow>;
  /** The :Source node the rows cite; defaults to the generator's source for seed 0. */
  source?: { id: string; title: string; language: string };
}

export interface DatasetSnapshotOptions {
  /** Defaults to now; pass a fixed time for byte-identical snapshots. */
  exportedAt?: string;
}

async function* jsonLines<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== "") yield JSON.parse(line) as T;
}

async function readDir(dir: string): Promise<DatasetRows> {
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), "utf8")) as DatasetManifest;
  const entities: EntityRow[] = [];
  for await (const row of jsonLines<EntityRow>(join(dir, ENTITIES_FILE))) entities.push(row);
  return {
    entities,
    relationships: jsonLines<RelationshipRow>(join(dir, RELATIONSHIPS_FILE)),
    source: manifest.source,
  };
}

const countsOf = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name, count]) => ({ name, count }));

/**
 * Node ids look like Neo4j element ids (they contain ':'), so the offline engine tells them from the
 * `props.id` slugs exactly as it does for a real export. Relationships whose ends are unknown are refused.
 */
export async function datasetToSnapshot(
  input: string | DatasetRows,
  opts: DatasetSnapshotOptions = {},
): Promise<Snapshot> {
  const rows = typeof input === "string" ? await readDir(input) : input;
  const source = rows.source ?? { id: sourceIdFor(0), title: "Synthetic news graph (seed 0)", language: "ja" };
  const idOf = new Map<string, string>();
  const labels = new Map<string, number>([["Entity", 0]]);
  const keys = new Set<string>();
  const nodes: WireNode[] = rows.entities.map((row, i) => {
    const slug = String(row.props.id);
    if (idOf.has(slug)) throw new Error(`entity ${slug} appears twice in the data set`);
    const id = `syn:${i}`;
    idOf.set(slug, id);
    labels.set("Entity", labels.get("Entity")! + 1);
    labels.set(row.label, (labels.get(row.label) ?? 0) + 1);
    for (const key of Object.keys(row.props)) keys.add(key);
    return { id, labels: ["Entity", row.label], properties: { ...row.props } };
  });
  const types = new Map<string, number>();
  const relationships: WireRelationship[] = [];
  for await (const row of rows.relationships) {
    const start = idOf.get(row.from);
    const end = idOf.get(row.to);
    if (!start || !end)
      throw new Error(
        `relationship ${relationships.length + 1} (${row.type}) names an unknown entity: ${start ? row.to : row.from}`,
      );
    types.set(row.type, (types.get(row.type) ?? 0) + 1);
    for (const key of Object.keys(row.props)) keys.add(key);
    relationships.push({
      id: `syn:r${relationships.length}`,
      type: row.type,
      start,
      end,
      properties: { ...row.props },
    });
  }
  labels.set("Source", 1);
  return SnapshotSchema.parse({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: opts.exportedAt ?? new Date().toISOString(),
    origin: { graph: "synthetic", database: source.id, neo4jVersion: "none" },
    nodes,
    relationships,
    sources: [{ id: "syn:source", labels: ["Source"], properties: { ...source } }],
    schema: {
      labels: countsOf(labels),
      relationshipTypes: countsOf(types),
      propertyKeys: [...keys, "title", "url", "language"].filter((k, i, all) => all.indexOf(k) === i).sort(),
    },
    queries: [],
  });
}
