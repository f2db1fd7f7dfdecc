// Graphs of other shapes, each loaded into a private Neo4j with the seed loader: the running explorer notices each
// load (the count-store fingerprint changes), discovers its schema, and generates a perspective whose captions are
// name, title or label as the graph has them, with phrases for its relationship types.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { privateNeo4j } from "../../support/private-neo4j.ts";
import { createDriver } from "../../../src/server/db/driver.ts";
import { listSeedFiles, resetDatabase, seedFiles } from "../../../src/seed/index.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import type { Connection } from "../../../src/server/db/connection.ts";
import {
  captionIn,
  GraphPayloadSchema,
  PerspectiveResponseSchema,
  SchemaResponseSchema,
  type PerspectiveResponse,
  type SchemaResponse,
  type WireNode,
} from "../../../src/shared/index.ts";

const fixtures = new URL("../../fixtures/graphs/", import.meta.url).pathname;
const neo4j = privateNeo4j("perspective-fixtures", 7745);
let conn: Connection;
let driver: Driver;
let explorer: RunningExplorer;

before(async () => {
  conn = await neo4j.start();
  driver = createDriver(conn);
  // Started on the empty database: each load below must be noticed without a restart.
  explorer = await startExplorer({ connection: conn, port: 0 });
});
after(async () => {
  await explorer?.close();
  await driver?.close();
  await neo4j.destroy();
});

async function load(name: string): Promise<void> {
  await resetDatabase(driver, conn.database, { dropSchema: true });
  await seedFiles(driver, conn.database, await listSeedFiles(join(fixtures, name)));
}

async function discovered(): Promise<{ schema: SchemaResponse; answer: PerspectiveResponse; nodes: WireNode[] }> {
  const get = async (path: string) => (await fetch(new URL(path, explorer.url))).json() as Promise<unknown>;
  const schema = SchemaResponseSchema.parse(await get("/api/schema"));
  const answer = PerspectiveResponseSchema.parse(await get("/api/perspective"));
  const res = await fetch(new URL("/api/cypher", explorer.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "MATCH (n) RETURN n" }),
  });
  return { schema, answer, nodes: GraphPayloadSchema.parse(await res.json()).nodes };
}

const captionsOf = (nodes: WireNode[], answer: PerspectiveResponse, label: string) =>
  nodes
    .filter((n) => n.labels.includes(label))
    .map((n) => captionIn(n, answer.perspective, "en"))
    .sort();

test("people and works: name captions people, title captions books and films", async () => {
  await load("people-works");
  const { schema, answer, nodes } = await discovered();
  assert.equal(answer.source, "generated");
  assert.deepEqual(answer.problems, []);
  const { labels, relationshipTypes } = answer.perspective;
  assert.equal(labels.Person?.caption, "name");
  assert.equal(labels.Book?.caption, "title");
  assert.equal(labels.Film?.caption, "title");
  assert.equal(relationshipTypes.ACTED_IN?.en, "acted in");
  assert.ok(captionsOf(nodes, answer, "Book").includes("The Hobbit"));
  assert.ok(captionsOf(nodes, answer, "Person").includes("Hayao Miyazaki"));
  const acted = schema.graph!.relationshipTypes.find((t) => t.name === "ACTED_IN")!;
  assert.deepEqual(acted.pairs, [{ from: "Person", to: "Film", count: 1 }]);
  assert.deepEqual(acted.properties, [{ key: "roles", types: ["list"], share: 1 }]);
  const wrote = schema.graph!.relationshipTypes.find((t) => t.name === "WROTE")!;
  assert.deepEqual(wrote.pairs, [{ from: "Person", to: "Book", count: 4 }]);
  const colors = Object.values(labels).map((s) => s.color);
  assert.equal(new Set(colors).size, colors.length, "each label its own colour");
});

test("transit with integer keys: label captions stations, two-label nodes take a style, numbers caption readings", async () => {
  await load("transit-integers");
  const { schema, answer, nodes } = await discovered();
  const { labels } = answer.perspective;
  assert.equal(labels.Station?.caption, "label");
  assert.equal(labels.Interchange?.caption, "label");
  const station = schema.graph!.labels.find((l) => l.name === "Station")!;
  assert.deepEqual(station.properties.find((p) => p.key === "code")?.types, ["integer"]);
  const link = schema.graph!.relationshipTypes.find((t) => t.name === "LINK")!;
  assert.deepEqual(link.properties.find((p) => p.key === "minutes")?.types, ["integer"]);
  assert.ok(link.pairs.some((p) => p.from === "Interchange" || p.to === "Interchange"));
  assert.deepEqual(captionsOf(nodes, answer, "Interchange"), ["Market Square", "Riverside"]);
  assert.ok(captionsOf(nodes, answer, "Station").includes("Harbour"));
  // No string at all: a number that is always set, after the label.
  const readings = captionsOf(nodes, answer, "Reading");
  assert.equal(readings.length, 2);
  for (const caption of readings) assert.match(caption, /^Reading \d+/);
});

test("Japanese and Chinese literature: captions in their own scripts", async () => {
  await load("cjk-literature");
  const { answer, nodes } = await discovered();
  assert.equal(answer.perspective.labels.Author?.caption, "name");
  assert.equal(answer.perspective.labels.Work?.caption, "title");
  assert.ok(captionsOf(nodes, answer, "Author").includes("夏目漱石"));
  assert.ok(captionsOf(nodes, answer, "Work").includes("阿Q正传"));
  assert.equal(answer.perspective.relationshipTypes.WROTE?.en, "wrote");
});
