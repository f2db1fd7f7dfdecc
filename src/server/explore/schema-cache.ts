// The discovered schema, kept between requests: recomputed when the counts (a cheap fingerprint from the count store)
// change, as after a load, or when refresh() is called; concurrent callers share one computation. Also the graph's
// relationship count, kept per database version.
import type { SchemaResponse } from "../../shared/index.ts";
import type { ReadContext } from "../db/read.ts";
import { discoverSchema, SCHEMA_SAMPLE_SIZE } from "./graph-schema.ts";
import { schemaCounts, type SchemaCounts } from "./schema.ts";
import { readRecords } from "../db/read.ts";
import { readDbVersion } from "../answer-cache/db-version.ts";
import { RELATIONSHIP_COUNT } from "../queries/explore.ts";
import { toCount } from "./counts.ts";

export interface SchemaCache {
  /** The schema of the graph as it is now: cached while the label and type counts and property keys stay the same. */
  get(): Promise<SchemaResponse>;
  /** Discovers the schema again whatever the fingerprint says (a load that changed properties only). */
  refresh(): Promise<SchemaResponse>;
  /**
   * How many relationships the graph holds (whether a path search gets a time budget), kept for the database version
   * it was counted under: loads and API writes bump the version.
   */
  relationshipCount(): Promise<number>;
}

export function createSchemaCache(ctx: ReadContext, sampleSize = SCHEMA_SAMPLE_SIZE): SchemaCache {
  let cached: { fingerprint: string; schema: Promise<SchemaResponse> } | null = null;
  let relationships: { version: string; count: Promise<number> } | null = null;

  const compute = (fingerprint: string, counts: SchemaCounts) => {
    const schema = discoverSchema(ctx, counts, sampleSize).then((graph) => ({ ...counts, graph }));
    const entry = { fingerprint, schema };
    cached = entry;
    // A failed discovery is not kept: the next request tries again.
    schema.catch(() => {
      if (cached === entry) cached = null;
    });
    return schema;
  };

  return {
    async get() {
      const counts = await schemaCounts(ctx);
      const fingerprint = JSON.stringify(counts);
      if (cached?.fingerprint === fingerprint) return cached.schema;
      return compute(fingerprint, counts);
    },
    async refresh() {
      relationships = null;
      const counts = await schemaCounts(ctx);
      return compute(JSON.stringify(counts), counts);
    },
    async relationshipCount() {
      const version = await readDbVersion(ctx);
      if (relationships?.version === version) return relationships.count;
      const entry = {
        version,
        count: readRecords(ctx, RELATIONSHIP_COUNT).then((r) => toCount(r[0]?.get("n") ?? 0)),
      };
      relationships = entry;
      entry.count.catch(() => {
        if (relationships === entry) relationships = null;
      });
      return entry.count;
    },
  };
}
