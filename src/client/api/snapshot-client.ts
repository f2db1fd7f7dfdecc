// The offline API client: answers every endpoint of the table from an exported snapshot, with the server's own
// input schemas and error shapes, so the offline edition behaves like the live one (see the contract tests).
import { ZodError, type z } from "zod";
import {
  endpoints,
  generatePerspective,
  invalidInput,
  snapshotGraphName,
  sourceInfo,
  toCompactGraph,
  type GraphSchema,
  NoQuerySchema,
  type Endpoint,
  type EndpointName,
  type ParsedInput,
  type Endpoints,
  type Snapshot,
  noteTargetKey,
  type NoteTarget,
} from "../../shared/index.ts";
import { createOfflineEngine, OfflineNotFound, type RemoteSearch } from "../lib/offline/index.ts";
import { schemaFromGraph } from "../core/perspective/index.ts";
import type { ApiClient, CallInput, CallOutput } from "./api-client.ts";
import { ApiRequestError } from "./request-error.ts";

export const OFFLINE_CODE = "offline_unavailable";

type OfflineHandlers = {
  [N in EndpointName]: (
    input: ParsedInput<Endpoints[N]>,
  ) => z.input<Endpoints[N]["response"]> | Promise<z.input<Endpoints[N]["response"]>>;
};

function unavailable(what: string, snapshot: Snapshot): ApiRequestError {
  const when = snapshot.exportedAt.slice(0, 10);
  return new ApiRequestError(
    "http",
    409,
    `${what} needs a live database. This is a static snapshot of ${snapshotGraphName(snapshot)} (${snapshot.origin.database}) exported on ${when}.`,
    OFFLINE_CODE,
  );
}

/** Live follow is the server passing the teacher's steps on: a static page has no server to do it. */
function liveUnavailable(snapshot: Snapshot): ApiRequestError {
  return new ApiRequestError(
    "http",
    409,
    `Live follow needs the explorer's server (npm start): this is an offline snapshot of ${snapshotGraphName(snapshot)}, with no server to pass the teacher's steps on.`,
    OFFLINE_CODE,
  );
}

const sameValues = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys({ ...a, ...b }).every((k) => String(a[k] ?? "") === String(b[k] ?? ""));

const summaryOf = (rowCount: number, capped = false) => ({
  resultAvailableAfterMs: 0,
  capped,
  timedOut: false,
  rowCount,
});

function handlersFor(snapshot: Snapshot, remoteSearch?: RemoteSearch): OfflineHandlers {
  const engine = createOfflineEngine(snapshot, remoteSearch);
  let computed: GraphSchema | undefined;
  const graphSchema = (): GraphSchema =>
    snapshot.schema.graph ??
    (computed ??= schemaFromGraph([...snapshot.nodes, ...snapshot.sources], snapshot.relationships));
  const notesOn = (targets: readonly NoteTarget[]) => {
    const keys = new Set(targets.map(noteTargetKey));
    // Read-only: the notes the export included (with --with-notes), none otherwise.
    return { notes: (snapshot.notes ?? []).filter((n) => keys.has(noteTargetKey(n.target))), writable: false };
  };
  return {
    notes: ({ query }) => notesOn([query]),
    notesFor: ({ body }) => notesOn(body.targets),
    addNote: () => {
      throw new ApiRequestError(
        "http",
        409,
        `Adding a note needs the explorer's server: this static snapshot of ${snapshotGraphName(snapshot)} shows its notes read-only.`,
        OFFLINE_CODE,
      );
    },
    graph: ({ query }) => {
      // The whole snapshot unless a limit is asked for: the export already chose what the classroom sees.
      const limit = query.limit ?? snapshot.nodes.length;
      const nodes = snapshot.nodes.slice(0, limit);
      const ids = new Set(nodes.map((n) => n.id));
      const relationships =
        nodes.length === snapshot.nodes.length
          ? snapshot.relationships
          : snapshot.relationships.filter((r) => ids.has(r.start) && ids.has(r.end));
      const payload = {
        nodes,
        relationships,
        summary: summaryOf(nodes.length + relationships.length, nodes.length < snapshot.nodes.length),
      };
      return query.format === "compact" ? toCompactGraph(payload) : payload;
    },
    search: ({ query }) => engine.search(query),
    node: async ({ params }) => engine.node(await engine.resolve(params.id)),
    neighbors: async ({ params, query }) => engine.neighbors(await engine.resolve(params.id), query),
    paths: async ({ query }) => {
      const [from, to] = await Promise.all([engine.resolve(query.from), engine.resolve(query.to)]);
      return engine.paths({ ...query, from, to });
    },
    // Snapshots exported before the discovered schema and the perspective existed get them from the graph itself.
    schema: () => ({ ...snapshot.schema, graph: graphSchema() }),
    perspective: () =>
      snapshot.perspective ?? { perspective: generatePerspective(graphSchema()), source: "generated", problems: [] },
    stats: () => ({
      nodes: snapshot.nodes.length + snapshot.sources.length,
      relationships: snapshot.relationships.length,
      labels: snapshot.schema.labels,
      relationshipTypes: snapshot.schema.relationshipTypes,
    }),
    health: () => ({
      server: "ok" as const,
      neo4j: {
        reachable: false,
        version: snapshot.origin.neo4jVersion,
        database: snapshot.origin.database,
        message: `Offline snapshot exported on ${snapshot.exportedAt.slice(0, 10)}: no database behind this page.`,
      },
    }),
    cypher: () => {
      throw unavailable("The Cypher editor", snapshot);
    },
    liveStart: () => {
      throw liveUnavailable(snapshot);
    },
    liveStatus: () => {
      throw liveUnavailable(snapshot);
    },
    queries: () => ({ queries: snapshot.queries.map((q) => q.query) }),
    sources: () => ({
      sources: snapshot.sources.map((node) => {
        const info = sourceInfo(node.properties);
        return { ...info, hasText: (snapshot.readers ?? []).some((r) => r.source.id === info.id) };
      }),
    }),
    source: ({ params }) => {
      const reader = (snapshot.readers ?? []).find((r) => r.source.id === params.id);
      if (!reader)
        throw new ApiRequestError("http", 404, `No source text for '${params.id}' in this snapshot.`, "not_found");
      return reader;
    },
    runQuery: ({ params, body }) => {
      const stored = snapshot.queries.find((q) => q.query.name === params.name);
      if (!stored) {
        throw new ApiRequestError("http", 404, `No saved query named '${params.name}' in this snapshot.`, "not_found");
      }
      if (!sameValues(body.params, stored.params)) {
        throw unavailable("Running this query with other parameters than its defaults", snapshot);
      }
      return stored.result;
    },
  };
}

/** The same failures the HTTP client throws, so views show offline misses exactly like the API's answers. */
function asApiError(error: unknown): unknown {
  if (error instanceof OfflineNotFound)
    return new ApiRequestError("http", 404, error.message, "not_found", error.details);
  if (error instanceof ZodError) {
    const { message, fields } = invalidInput(error);
    return new ApiRequestError("http", 400, message, "invalid_parameters", fields);
  }
  return error;
}

export function createSnapshotClient(snapshot: Snapshot, remoteSearch?: RemoteSearch): ApiClient {
  const handlers = handlersFor(snapshot, remoteSearch);
  async function call<N extends EndpointName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    const endpoint: Endpoint = endpoints[name];
    const raw = input as { params?: unknown; query?: unknown; body?: unknown };
    try {
      // Inputs go through the server's schemas: defaults, coercion and refusals are the API's own.
      const parsed = {
        params: endpoint.params?.parse(raw.params ?? {}),
        query: (endpoint.query ?? NoQuerySchema).parse(raw.query ?? {}),
        body: endpoint.body?.parse(raw.body ?? {}),
      };
      const handler = handlers[name] as (input: unknown) => unknown;
      return (await handler(parsed)) as CallOutput<N>;
    } catch (error) {
      throw asApiError(error);
    }
  }
  return { call };
}
