// Bulk load of a generated data set: constraints, then entities and relationships in batched UNWIND transactions.
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { SeedFileError } from "../errors.ts";
import { Batcher, InFlight, type Batch } from "./batches.ts";
import { AWAIT_INDEXES, COMPLETE_SOURCE, CREATE_SOURCE, createEntities, createRelationships } from "./queries.ts";
import { readElementIds, refuseLoaded } from "./database-state.ts";
import { BulkLoadError } from "./errors.ts";
import { readManifest } from "./manifest.ts";
import { readJsonLines } from "./read-lines.ts";
import { EntityLineSchema, RelationshipLineSchema } from "./rows.ts";
import { bulkSchema } from "./schema.ts";
import type { BulkLoadOptions, BulkLoadReport, BulkPhase } from "./types.ts";
import { bumpDbVersion } from "../../server/answer-cache/db-version.ts";

/** A relationship as sent: its ends by element id. */
interface RelationshipRow {
  a: string;
  b: string;
  props: Record<string, unknown>;
}

/** Measured with `npm run bench -- --sweep`: see BENCHMARKS.md. */
export const DEFAULT_BATCH_SIZE = 10_000;
export const DEFAULT_CONCURRENCY = 1;

/**
 * Written in many transactions, so a running explorer's cached answers go out of date when the load ends, whether it
 * completes or fails (see the README on answers cached while a bulk load runs).
 */
export async function bulkLoad(
  driver: Driver,
  database: string,
  dir: string,
  options: BulkLoadOptions,
): Promise<BulkLoadReport> {
  let report: BulkLoadReport;
  try {
    report = await loadBatches(driver, database, dir, options);
  } catch (err) {
    await bumpDbVersion(driver, database).catch(() => undefined);
    throw err;
  }
  await bumpDbVersion(driver, database);
  return report;
}

async function loadBatches(
  driver: Driver,
  database: string,
  dir: string,
  options: BulkLoadOptions,
): Promise<BulkLoadReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const manifest = await readManifest(dir);
  const schema = await bulkSchema(options.root);
  const t0 = performance.now();
  await refuseLoaded(driver, database, manifest);
  for (const statement of schema.before) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery(CREATE_SOURCE, { source: manifest.source }, { database });
  const tSchema = performance.now();

  const write = async (cypher: string, rows: unknown[], phase: BulkPhase, done: { n: number }, total: number) => {
    const { summary } = await driver.executeQuery(cypher, { rows }, { database, routing: neo4j.routing.WRITE });
    const made =
      phase === "entities" ? summary.counters.updates().nodesCreated : summary.counters.updates().relationshipsCreated;
    if (made !== rows.length) throw new BulkLoadError(`A batch of ${rows.length} ${phase} created only ${made}.`);
    done.n += rows.length;
    options.onProgress?.({ phase, done: done.n, total });
  };

  // Entities: every id, then its element id, so a relationship to an unknown entity is refused with its line
  // instead of dropped, and relationships find their ends without an index look-up.
  const ids = new Map<string, string>();
  const seen = new Set<string>();
  const entityDone = { n: 0 };
  const entityFile = join(dir, manifest.files.entities);
  {
    const batcher = new Batcher<Record<string, unknown>>(batchSize);
    const flight = new InFlight(concurrency);
    const send = (b: Batch<Record<string, unknown>>) =>
      flight.add(() => write(createEntities(b.key), b.rows, "entities", entityDone, manifest.entities));
    for await (const { row, line } of readJsonLines(entityFile, EntityLineSchema)) {
      if (seen.has(row.props.id))
        throw new SeedFileError(`${entityFile}:${line}: id ${row.props.id} appears twice`, { line });
      seen.add(row.props.id);
      const full = batcher.add(row.label, row.props);
      if (full) await send(full);
    }
    for (const b of batcher.rest()) await send(b);
    await flight.drain();
    await readElementIds(driver, database, seen, ids);
  }
  const tEntities = performance.now();
  for (const statement of schema.afterEntities) await driver.executeQuery(statement, {}, { database });

  const relDone = { n: 0 };
  const relFile = join(dir, manifest.files.relationships);
  {
    const batcher = new Batcher<RelationshipRow>(batchSize);
    const flight = new InFlight(concurrency);
    const send = (b: Batch<RelationshipRow>) =>
      flight.add(() => write(createRelationships(b.key), b.rows, "relationships", relDone, manifest.relationships));
    for await (const { row, line } of readJsonLines(relFile, RelationshipLineSchema)) {
      const [a, b] = [ids.get(row.from), ids.get(row.to)];
      for (const [end, found] of [
        [row.from, a],
        [row.to, b],
      ] as const) {
        if (!found)
          throw new SeedFileError(`${relFile}:${line}: no entity with id ${end} in ${manifest.files.entities}`, {
            line,
          });
      }
      const full = batcher.add(row.type, { a: a!, b: b!, props: row.props });
      if (full) await send(full);
    }
    for (const b of batcher.rest()) await send(b);
    await flight.drain();
  }
  const tRelationships = performance.now();
  options.onProgress?.({ phase: "indexes", done: 0, total: 1 });
  await driver.executeQuery(AWAIT_INDEXES, { seconds: neo4j.int(600) }, { database });
  const tIndexes = performance.now();

  if (entityDone.n !== manifest.entities || relDone.n !== manifest.relationships) {
    throw new BulkLoadError(
      `The files hold ${entityDone.n} entities and ${relDone.n} relationships, the manifest says ${manifest.entities} and ${manifest.relationships}: a file is cut short or was edited.`,
    );
  }
  await driver.executeQuery(COMPLETE_SOURCE, { id: manifest.source.id }, { database });
  const ms = {
    schema: tSchema - t0,
    entities: tEntities - tSchema,
    relationships: tRelationships - tEntities,
    indexes: tIndexes - tRelationships,
    total: performance.now() - t0,
  };
  return {
    entities: entityDone.n,
    relationships: relDone.n,
    batchSize,
    concurrency,
    ms,
    entitiesPerSecond: entityDone.n / (ms.entities / 1000),
    relationshipsPerSecond: relDone.n / (ms.relationships / 1000),
  };
}
