// The perspective served for the current schema: resolved again only when the schema cache hands out a new schema.
import type { GraphSchema, PerspectiveResponse, SchemaResponse } from "../../shared/index.ts";
import { resolvePerspective, type PerspectiveFile } from "./check-file.ts";

export interface PerspectiveCache {
  get(): Promise<PerspectiveResponse>;
}

const EMPTY: GraphSchema = { labels: [], relationshipTypes: [], sampled: false, sampleSize: 1 };

export function createPerspectiveCache(
  schema: { get(): Promise<SchemaResponse> },
  file: PerspectiveFile | null,
): PerspectiveCache {
  let last: { graph: GraphSchema; response: PerspectiveResponse } | null = null;
  return {
    async get() {
      const graph = (await schema.get()).graph ?? EMPTY;
      if (last?.graph !== graph) last = { graph, response: resolvePerspective(file, graph) };
      return last.response;
    },
  };
}
