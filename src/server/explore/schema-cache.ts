// The discovered schema, kept between requests: recomputed when the counts (a cheap fingerprint from the count store)
// change, as after a load, or when refresh() is called; concurrent callers share one computation.
import type { SchemaResponse } from "../../shared/index.ts";
import type { ReadContext } from "../db/read.ts";
import { discoverSchema, SCHEMA_SAMPLE_SIZE } from "./graph-schema.ts";
import { schemaCounts, type SchemaCounts } from "./schema.ts";

export interface SchemaCache {
  /** The schema of the graph as it is now: cached while the label and type counts and property keys stay the same. */
  get(): Promise<SchemaResponse>;
  /** Discovers the schema again whatever the fingerprint says (a load that changed properties only). */
  refresh(): Promise<SchemaResponse>;
}

export function createSchemaCache(ctx: ReadContext, sampleSize = SCHEMA_SAMPLE_SIZE): SchemaCache {
  let cached: { fingerprint: string; schema: Promise<SchemaResponse> } | null = null;

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
      const counts = await schemaCounts(ctx);
      return compute(JSON.stringify(counts), counts);
    },
  };
}
