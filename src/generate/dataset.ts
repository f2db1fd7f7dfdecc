// A synthetic data set in memory: entities at once, relationships drawn lazily, the manifest once they are all drawn.
import { BadRequestError } from "../server/errors.ts";
import { kindRanges } from "./layout.ts";
import { buildEntities } from "./entities.ts";
import { generateRelationships } from "./relationships.ts";
import { buildManifest, sourceIdFor } from "./manifest.ts";
import { createRng } from "./rng.ts";
import type { DatasetManifest, EntityRow, GenerateOptions, RelationshipRow } from "./types.ts";

export const MAX_ENTITIES = 10_000_000;

export interface Dataset {
  entities: EntityRow[];
  /** Drawn on demand, so a million rows never sit in memory; iterate once. */
  relationships: Iterable<RelationshipRow>;
  /** Throws until every relationship has been drawn. */
  manifest: () => DatasetManifest;
}

function check(opts: GenerateOptions): void {
  const { entities, relationships, seed } = opts;
  if (!Number.isInteger(entities) || entities < 8 || entities > MAX_ENTITIES)
    throw new BadRequestError(`--entities must be an integer from 8 to ${MAX_ENTITIES}, got ${entities}`);
  if (!Number.isInteger(relationships) || relationships < 0)
    throw new BadRequestError(`--relationships must be a non-negative integer, got ${relationships}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new BadRequestError(`--seed must be an integer from 0 to ${0xffffffff}, got ${seed}`);
  const zipf = opts.zipfExponent ?? 1;
  if (!(zipf >= 0 && zipf <= 3)) throw new BadRequestError(`the Zipf exponent must be between 0 and 3, got ${zipf}`);
}

export function createDataset(opts: GenerateOptions): Dataset {
  check(opts);
  const zipfExponent = opts.zipfExponent ?? 1;
  const ranges = kindRanges(opts.entities);
  const sourceId = sourceIdFor(opts.seed);
  // Separate streams: the entity rows do not change when only the relationship count does.
  const entities = buildEntities(ranges, createRng(opts.seed, 0), sourceId);
  const degrees = new Int32Array(entities.length);
  const types = new Map<string, number>();
  let done = false;
  function* relationships(): Generator<RelationshipRow> {
    for (const row of generateRelationships(
      { ranges, entities, count: opts.relationships, zipfExponent, sourceId, degrees },
      createRng(opts.seed, 1),
    )) {
      types.set(row.type, (types.get(row.type) ?? 0) + 1);
      yield row;
    }
    done = true;
  }
  return {
    entities,
    relationships: relationships(),
    manifest: () => {
      if (!done) throw new Error("the manifest is known only after every relationship has been drawn");
      return buildManifest({ seed: opts.seed, zipfExponent, ranges, entities, degrees, types });
    },
  };
}
