// Bulk load into a fresh local database with Neo4j's offline importer: Neo4j stopped, the store written from the data
// set's CSV, Neo4j started again, then the same schema, :Source node and database version as the UNWIND path.
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { importOffline, localConnection, type LocalNeo4jOptions } from "../../local-neo4j/index.ts";
import type { Connection } from "../../server/db/connection.ts";
import { createDriver } from "../../server/db/driver.ts";
import { bumpDbVersion } from "../../server/answer-cache/db-version.ts";
import { AWAIT_INDEXES, COMPLETE_SOURCE, CREATE_SOURCE, CONSTRAINT_NAMES, INDEX_NAMES, NODE_COUNT } from "./queries.ts";
import { BulkLoadError } from "./errors.ts";
import { readManifest } from "./manifest.ts";
import type { BulkManifest } from "./rows.ts";
import { bulkSchema, schemaNames } from "./schema.ts";

export interface ImportLoadOptions {
  /** Project root: the schema comes from its graph/00-schema.cypher. */
  root: string;
  /** The bundled Neo4j the connection points at: it is stopped and started again. */
  local: LocalNeo4jOptions;
  log?: (line: string) => void;
}

export interface ImportLoadReport {
  entities: number;
  relationships: number;
  /** Wall-clock milliseconds: stopping Neo4j, the importer, starting Neo4j, schema and index population; all of it. */
  ms: { stop: number; import: number; start: number; indexes: number; total: number };
  /** The connection after the restart (the same port unless another program took it meanwhile). */
  connection: Connection;
}

/**
 * Why the importer cannot load this data set into this database, or undefined when it can: the importer replaces the
 * whole store, so the database must hold no node and no index or constraint but those the load creates again.
 */
export async function whyNotImport(
  driver: Driver,
  database: string,
  manifest: BulkManifest,
  root: string,
): Promise<string | undefined> {
  if (!manifest.csv) return "the data set has no CSV files (written by an older `npm run generate`)";
  const { records } = await driver.executeQuery(NODE_COUNT, {}, { database });
  const nodes = Number(records[0]?.get("n"));
  if (nodes > 0) return `the database already holds ${nodes} nodes`;
  const ours = schemaNames(await bulkSchema(root));
  const names: string[] = [];
  for (const query of [INDEX_NAMES, CONSTRAINT_NAMES])
    for (const r of (await driver.executeQuery(query, {}, { database })).records) names.push(String(r.get("name")));
  const foreign = names.filter((n) => !ours.has(n));
  if (foreign.length)
    return `the database has indexes or constraints the load would not create again (${foreign.join(", ")})`;
  return undefined;
}

export async function importLoad(dir: string, database: string, options: ImportLoadOptions): Promise<ImportLoadReport> {
  const manifest = await readManifest(dir);
  const csv = manifest.csv;
  if (!csv) throw new BulkLoadError(`${join(dir, "manifest.json")} names no CSV files: regenerate the data set.`);
  const t0 = performance.now();
  const imported = await importOffline(options.local, {
    database,
    nodes: [join(dir, csv.entities)],
    relationships: [join(dir, csv.relationships)],
    arrayDelimiter: csv.arrayDelimiter,
    multiline: csv.multiline,
    expect: { nodes: manifest.entities, relationships: manifest.relationships },
    log: options.log,
  });
  const t1 = performance.now();
  const connection = localConnection(options.local, database);
  const driver = createDriver(connection);
  try {
    const schema = await bulkSchema(options.root);
    for (const statement of [...schema.before, ...schema.afterEntities])
      await driver.executeQuery(statement, {}, { database });
    await driver.executeQuery(CREATE_SOURCE, { source: manifest.source }, { database });
    await driver.executeQuery(AWAIT_INDEXES, { seconds: neo4j.int(600) }, { database });
    await driver.executeQuery(COMPLETE_SOURCE, { id: manifest.source.id }, { database });
    await bumpDbVersion(driver, database);
  } finally {
    await driver.close();
  }
  const t2 = performance.now();
  return {
    entities: imported.nodes,
    relationships: imported.relationships,
    ms: { ...imported.ms, indexes: t2 - t1, total: t2 - t0 },
    connection,
  };
}
