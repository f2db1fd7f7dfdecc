// Sizes and times graph payloads for the browser: bytes (plain, gzip, brotli), compression, parse, validation, graph build.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import neo4j, { type Driver, type Node, type Relationship } from "neo4j-driver";
import { MultiDirectedGraph } from "graphology";
import { GraphPayloadSchema, type GraphPayload } from "../shared/index.ts";
import { nodeToWire, relationshipToWire } from "../server/db/to-wire.ts";
import { GRAPH_NODES } from "../server/queries/explore.ts";
import { PAYLOAD_RELATIONSHIPS } from "./queries.ts";

export interface PayloadFigures {
  nodes: number;
  relationships: number;
  /** Queries, wire mapping and JSON.stringify: what a server spends before compressing. */
  serverMs: number;
  bytes: { identity: number; gzip: number; br: number };
  gzipMs: number;
  brMs: number;
  bytesPerNode: number;
  bytesPerRelationship: number;
  parseMs: number;
  validateMs: number;
  buildMs: number;
}

const time = async <T>(work: () => T | Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await work();
  return [value, performance.now() - t0];
};

/** Graphology's own serialised form: the cheapest way to build the graph the explorer draws. */
export function buildGraph(payload: GraphPayload): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  graph.import({
    nodes: payload.nodes.map((n) => ({ key: n.id, attributes: { labels: n.labels, properties: n.properties } })),
    edges: payload.relationships.map((r) => ({
      key: r.id,
      source: r.start,
      target: r.end,
      attributes: { type: r.type, properties: r.properties },
    })),
  });
  return graph;
}

/** `nodes` entities (by id) and up to `relationships` relationships between them, as the API's wire format. */
async function serverPayload(driver: Driver, database: string, nodes: number, relationships: number): Promise<string> {
  const run = (cypher: string, params: Record<string, unknown>) =>
    driver.executeQuery(cypher, params, { database, routing: neo4j.routing.READ });
  const nodeRecords = (await run(GRAPH_NODES, { limit: neo4j.int(nodes) })).records;
  const ids = nodeRecords.map((r) => (r.get("n") as Node).properties.id as string);
  const relRecords = (await run(PAYLOAD_RELATIONSHIPS, { ids, limit: neo4j.int(relationships) })).records;
  const payload: GraphPayload = {
    nodes: nodeRecords.map((r) => nodeToWire(r.get("n") as Node)),
    relationships: relRecords.map((r) => relationshipToWire(r.get("r") as Relationship)),
    summary: {
      resultAvailableAfterMs: 0,
      capped: false,
      timedOut: false,
      rowCount: nodeRecords.length + relRecords.length,
    },
  };
  return JSON.stringify(payload);
}

export async function measurePayload(
  driver: Driver,
  database: string,
  nodes: number,
  relationships: number,
): Promise<PayloadFigures> {
  const [text, serverMs] = await time(() => serverPayload(driver, database, nodes, relationships));
  const plain = Buffer.from(text);
  const [gz, gzipMs] = await time(() => gzipSync(plain));
  // Quality 4 is @fastify/compress's default: quick enough to run on every response.
  const [br, brMs] = await time(() => brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }));
  const [json, parseMs] = await time(() => JSON.parse(text) as unknown);
  const [payload, validateMs] = await time(() => GraphPayloadSchema.parse(json));
  const [graph, buildMs] = await time(() => buildGraph(payload));
  if (graph.order !== payload.nodes.length || graph.size !== payload.relationships.length)
    throw new Error("graph build lost nodes or edges");
  const bytesOf = (xs: readonly unknown[]) =>
    xs.reduce<number>((n, x) => n + Buffer.byteLength(JSON.stringify(x)) + 1, 0);
  return {
    nodes: payload.nodes.length,
    relationships: payload.relationships.length,
    serverMs,
    bytes: { identity: plain.length, gzip: gz.length, br: br.length },
    gzipMs,
    brMs,
    bytesPerNode: bytesOf(payload.nodes) / Math.max(1, payload.nodes.length),
    bytesPerRelationship: bytesOf(payload.relationships) / Math.max(1, payload.relationships.length),
    parseMs,
    validateMs,
    buildMs,
  };
}
