// A graph of another shape (people-works: name on :Person, title on :Book and :Film, no :Entity, no slugs) in a
// Neo4j of its own: the first view with its counts, nodes and paths opened by name or title, an entity parameter
// given a name, and the article's queries marked as not for this graph (409 when run).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { privateNeo4j } from "../../support/private-neo4j.ts";
import { apiClient, assertClientError, encode } from "../../support/api-client.ts";
import { createDriver } from "../../../src/server/db/driver.ts";
import { seedFiles } from "../../../src/seed/index.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import {
  GraphPayloadSchema,
  NodeDetailSchema,
  PathsResponseSchema,
  SavedQueryListSchema,
} from "../../../src/shared/index.ts";

const root = new URL("../../../", import.meta.url).pathname;
const fixture = join(root, "test/fixtures/graphs/people-works");
const neo4j = privateNeo4j("any-graph", 7757);
const queries = mkdtempSync(join(tmpdir(), "any-graph-queries-"));
let explorer: RunningExplorer | undefined;
const api = apiClient(() => explorer!.url);

before(async () => {
  const conn = await neo4j.start();
  const driver = createDriver(conn);
  try {
    const files = readdirSync(fixture)
      .filter((f) => f.endsWith(".cypher"))
      .sort()
      .map((f) => join(fixture, f));
    await seedFiles(driver, conn.database, files);
  } finally {
    await driver.close();
  }
  // One article query (it needs :Entity and :Investment) next to a query of this graph with an entity parameter.
  copyFileSync(join(root, "graph/queries/investments.cypher"), join(queries, "investments.cypher"));
  writeFileSync(
    join(queries, "works-of.cypher"),
    [
      "// title: Works of a person",
      "// description: What a person wrote or directed.",
      "// param: person | entity | default Ursula K. Le Guin | example Hayao Miyazaki | The person",
      "// tags: people",
      "// needs: labels Person | types WROTE, DIRECTED",
      "MATCH (p:Person)-[r:WROTE|DIRECTED]->(w) WHERE elementId(p) = $person",
      "RETURN p.name AS person, type(r) AS how, w.title AS work, p, r, w",
      "ORDER BY work",
    ].join("\n"),
  );
  explorer = await startExplorer({ connection: conn, host: "127.0.0.1", port: 0, queriesDir: queries });
});

after(async () => {
  await explorer?.close();
  await neo4j.destroy();
  rmSync(queries, { recursive: true, force: true });
});

describe("a graph without :Entity", () => {
  it("first view: every node and relationship, with the counts; a smaller budget shows the busiest", async () => {
    const graph = GraphPayloadSchema.parse((await api.get("/api/graph")).json);
    assert.equal(graph.nodes.length, 13);
    assert.equal(graph.relationships.length, 11);
    assert.deepEqual(graph.summary.total, { nodes: 13, relationships: 11 });
    assert.equal(graph.summary.capped, false);
    const part = GraphPayloadSchema.parse((await api.get("/api/graph?limit=3")).json);
    assert.equal(part.nodes.length, 3);
    assert.equal(part.summary.capped, true);
    assert.deepEqual(part.summary.total, { nodes: 13, relationships: 11 });
    // The Fellowship of the Ring has three relationships, more than any other node.
    assert.ok(part.nodes.some((n) => n.properties.title === "The Fellowship of the Ring"));
    const ids = new Set(part.nodes.map((n) => n.id));
    assert.ok(part.relationships.every((r) => ids.has(r.start) && ids.has(r.end)));
  });

  it("opens a node by its name, its title (any case), or its element id", async () => {
    const le = NodeDetailSchema.parse((await api.get(`/api/nodes/${encodeURIComponent("Ursula K. Le Guin")}`)).json);
    assert.equal(le.node.properties.name, "Ursula K. Le Guin");
    assert.equal(le.relationships.length, 2);
    const book = NodeDetailSchema.parse((await api.get(`/api/nodes/${encodeURIComponent("the hobbit")}`)).json);
    assert.equal(book.node.properties.title, "The Hobbit");
    const again = NodeDetailSchema.parse((await api.get(`/api/nodes/${encodeURIComponent(le.node.id)}`)).json);
    assert.equal(again.node.id, le.node.id);
    const neighbours = await api.get(`/api/nodes/${encodeURIComponent("A Wizard of Earthsea")}/neighbors`);
    assert.equal(neighbours.status, 200, neighbours.text);
  });

  it("an unknown name is a 404 with the closest names, never an empty 200", async () => {
    const error = assertClientError(await api.get(`/api/nodes/${encodeURIComponent("Ursula Le")}`), "miss", [404]);
    assert.equal(error.error, "not_found");
    assert.match(error.message, /^No node named 'Ursula Le'\./);
    const nothing = assertClientError(await api.get("/api/nodes/zzqx"), "nothing", [404]);
    assert.deepEqual((nothing.details as { suggestions: unknown[] }).suggestions, []);
    const close = assertClientError(await api.get("/api/nodes/Miyazaki"), "two Miyazakis", [404]);
    const names = (close.details as { suggestions: { name: string }[] }).suggestions.map((s) => s.name).sort();
    assert.deepEqual(names, ["Goro Miyazaki", "Hayao Miyazaki"]);
    assert.match(close.message, /Did you mean: .*Miyazaki/);
  });

  it("finds paths between two names", async () => {
    const answer = await api.get(`/api/paths?${encode({ from: "Hayao Miyazaki", to: "A Wizard of Earthsea" })}`);
    const paths = PathsResponseSchema.parse(answer.json);
    assert.equal(paths.from.properties.name, "Hayao Miyazaki");
    assert.ok(paths.paths.length > 0, "Miyazaki → Goro → Tales from Earthsea → A Wizard of Earthsea");
    assert.equal(paths.paths[0]!.length, 3);
  });

  it("runs a saved query whose entity parameter is given a name; an unknown one is a 404", async () => {
    const run = async (params: Record<string, unknown>) => api.post("/api/queries/works-of/run", { params });
    const byDefault = GraphPayloadSchema.parse((await run({})).json);
    assert.deepEqual(
      byDefault.rows!.map((r) => r.work),
      ["A Wizard of Earthsea", "The Dispossessed"],
    );
    const byName = GraphPayloadSchema.parse((await run({ person: "hayao miyazaki" })).json);
    assert.deepEqual(
      byName.rows!.map((r) => [r.how, r.work]),
      [["DIRECTED", "My Neighbor Totoro"]],
    );
    const miss = assertClientError(await run({ person: "Nobody Known" }), "unknown entity", [404]);
    assert.match(miss.message, /No node named 'Nobody Known'/);
  });

  it("marks the article's query as not for this graph, and running it is a 409 with the reason", async () => {
    const list = SavedQueryListSchema.parse((await api.get("/api/queries")).json).queries;
    const article = list.find((q) => q.name === "investments")!;
    assert.equal(article.applicable, false);
    assert.match(article.reason!, /needs label :Entity and label :Investment and relationship type :INVESTS/);
    const own = list.find((q) => q.name === "works-of")!;
    assert.equal(own.applicable, undefined, "a query that applies carries no mark");
    const refused = assertClientError(await api.post("/api/queries/investments/run", {}), "investments", [409]);
    assert.equal(refused.error, "not_applicable");
    assert.match(refused.message, /does not apply to this database: needs label :Entity/);
  });
});
