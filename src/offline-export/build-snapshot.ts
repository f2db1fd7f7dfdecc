// Reads everything an offline explorer needs from Neo4j into one validated snapshot.
import type { Node } from "neo4j-driver";
import type { Note } from "../shared/index.ts";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, SnapshotSchema, type Snapshot } from "../shared/index.ts";
import { readRecords, type ReadContext } from "../server/db/read.ts";
import { nodeToWire } from "../server/db/to-wire.ts";
import { ALL_SOURCES } from "./queries.ts";
import { wholeGraph } from "../server/explore/graph.ts";
import { schema } from "../server/explore/schema.ts";
import { health } from "../server/explore/health.ts";
import { runSavedQuery, type SavedQuery } from "../server/saved-queries/index.ts";
import { LocalNeo4jError } from "../local-neo4j/errors.ts";
import { readPerspectiveFile, resolvePerspective } from "../server/perspective/index.ts";
import { sourceList, sourceReader } from "../server/explore/sources.ts";

/** The shipped graph's name in an export's banner. */
export const ARTICLE_GRAPH_NAME = "Alibaba's AI pivot (the article's graph)";

export interface SnapshotOptions {
  /** The graph's name as the page shows it (the article's, or a --graph folder's): never a host, port or user. */
  graphName: string;
  savedQueries: readonly SavedQuery[];
  maxNodes: number;
  /** Rows kept of each saved query's result: the live API's cap (RESULT_CAP), so both editions show the same answer. */
  resultCap: number;
  timeoutMs: number;
  /** The graph's perspective file; null or absent: the perspective generated from the schema goes in. */
  perspectiveFile?: string | null;
  /** People's notes, only when the export was asked for them (--with-notes); absent: none go out. */
  notes?: readonly Note[];
}

export async function buildSnapshot(ctx: ReadContext, opts: SnapshotOptions): Promise<Snapshot> {
  const state = await health(ctx);
  if (!state.neo4j.reachable) throw new LocalNeo4jError(`Neo4j is unreachable: ${state.neo4j.message ?? "no answer"}`);
  const graph = await wholeGraph(ctx, opts.maxNodes);
  if (graph.summary.capped)
    throw new LocalNeo4jError(
      `The graph has more than ${opts.maxNodes} entities; raise --max-nodes to export it whole.`,
    );
  const sources = (await readRecords(ctx, ALL_SOURCES)).map((r) => nodeToWire(r.get("s") as Node));
  // Someone else's text goes out only when its :Source allows it; otherwise the quoted sentences and the url.
  const readers = [];
  for (const { id, hasText } of (await sourceList(ctx)).sources)
    if (hasText) readers.push(await sourceReader(ctx, id, true));
  const queries = [];
  for (const query of opts.savedQueries) {
    const result = await runSavedQuery(ctx, query, {}, { maxRows: opts.resultCap, timeoutMs: opts.timeoutMs });
    // The defaults as the page shows them (JSON), not as the driver got them.
    const params = Object.fromEntries(query.params.map((p) => [p.name, p.default]));
    queries.push({ query, params, result });
  }
  const discovered = await schema(ctx);
  const file = opts.perspectiveFile ? await readPerspectiveFile(opts.perspectiveFile) : null;
  const empty = { labels: [], relationshipTypes: [], sampled: false, sampleSize: 1 };
  const perspective = resolvePerspective(file, discovered.graph ?? empty);
  return SnapshotSchema.parse({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: new Date().toISOString(),
    origin: { graph: opts.graphName, database: ctx.database, neo4jVersion: state.neo4j.version ?? "unknown" },
    nodes: graph.nodes,
    relationships: graph.relationships,
    sources,
    readers,
    schema: discovered,
    perspective,
    queries,
    ...(opts.notes ? { notes: opts.notes } : {}),
  });
}
