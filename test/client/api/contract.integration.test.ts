// Contract tests: the same calls to the live API (HTTP, real Neo4j) and to the offline snapshot of the same database
// must give the same answers, so the two editions cannot drift apart.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { testConnection, testDriver } from "../../support/db.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { loadSavedQueries, savedQueriesDir } from "../../../src/server/saved-queries/index.ts";
import { ARTICLE_GRAPH_NAME, buildSnapshot } from "../../../src/offline-export/build-snapshot.ts";
import {
  ApiRequestError,
  createHttpClient,
  createSnapshotClient,
  type ApiClient,
  type CallInput,
} from "../../../src/client/api/index.ts";
import type {
  EndpointName,
  PerspectiveResponse,
  SchemaResponse,
  Snapshot,
  Summary,
  WireNode,
} from "../../../src/shared/index.ts";

const perspectiveFile = new URL("../../../graph/perspective.json", import.meta.url).pathname;
let explorer: RunningExplorer;
let live: ApiClient;
let offline: ApiClient;
let snapshot: Snapshot;
const driver = testDriver();

before(async () => {
  const connection = testConnection();
  explorer = await startExplorer({ connection, host: "127.0.0.1", port: 0, perspectiveFile });
  live = createHttpClient(explorer.url.replace(/\/$/, ""));
  const savedQueries = await loadSavedQueries(savedQueriesDir());
  const ctx = { driver, database: connection.database, timeoutMs: 10_000 };
  snapshot = await buildSnapshot(ctx, {
    graphName: ARTICLE_GRAPH_NAME,
    savedQueries,
    maxNodes: 5_000,
    resultCap: 5_000,
    timeoutMs: 10_000,
    perspectiveFile,
  });
  offline = createSnapshotClient(snapshot);
});
after(async () => {
  await explorer?.close();
  await driver.close();
});

/** Timing is the only part of an answer that may differ between the editions. */
const timeless = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "resultAvailableAfterMs" ? 0 : v)));

async function both<N extends EndpointName>(name: N, input: CallInput<N>) {
  const [a, b] = await Promise.all([live.call(name, input), offline.call(name, input)]);
  return { live: timeless(a), offline: timeless(b) };
}

/** The error each edition answers with, in the fields a view shows. */
async function failureOf<N extends EndpointName>(client: ApiClient, name: N, input: CallInput<N>) {
  const error = await client.call(name, input).then(
    () => null,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ApiRequestError, `${name}: expected an ApiRequestError, got ${String(error)}`);
  return { httpStatus: error.httpStatus, code: error.code, message: error.message };
}

/** A simple route (no node twice) along the snapshot's relationships, following their direction when asked. */
function isRoute(nodes: string[], direction: "out" | "both"): boolean {
  const linked = (a: string, b: string) =>
    snapshot.relationships.some(
      (r) => (r.start === a && r.end === b) || (direction === "both" && r.start === b && r.end === a),
    );
  return new Set(nodes).size === nodes.length && nodes.slice(1).every((n, i) => linked(nodes[i]!, n));
}

const slugs = () => snapshot.nodes.map((n) => String(n.properties.id)).filter((s) => s !== "undefined");

test("the snapshot holds the article graph, so the comparisons below compare something", () => {
  assert.ok(snapshot.nodes.length >= 40, `${snapshot.nodes.length} nodes`);
  assert.ok(snapshot.relationships.length >= 60, `${snapshot.relationships.length} relationships`);
  assert.ok(snapshot.queries.length >= 10, `${snapshot.queries.length} saved queries`);
});

test("search: same hits in the same order, with the same matched name, for Latin, Japanese and Chinese queries", async () => {
  const names = snapshot.nodes.flatMap((n) =>
    [n.properties.name, n.properties.name_ja, n.properties.name_zh].filter((x): x is string => typeof x === "string"),
  );
  // Whole names in every script, their first few characters (prefix search), and a few hand-picked words.
  const queries = [
    ...names,
    ...names.map((n) => [...n].slice(0, Math.max(2, Math.ceil([...n].length / 2))).join("")),
    "馬雲",
    "alibab",
    "ma",
    "apple",
  ];
  let compared = 0;
  for (const q of new Set(queries)) {
    const { live: a, offline: b } = await both("search", { query: { q, limit: 10 } });
    const shape = (r: unknown) =>
      (r as { hits: { key: string; name: string; matched: string; label: string }[] }).hits.map(
        (h) => `${h.key} | ${h.name} | ${h.matched} | ${h.label}`,
      );
    assert.deepEqual(shape(b), shape(a), `search '${q}'`);
    compared += shape(a).length;
  }
  assert.ok(compared > 100, `only ${compared} hits compared`);
});

test("node details: every node gives the same node, degree, relationships and sources", async () => {
  const sorted = (r: unknown) => {
    const d = r as { relationships: { relationship: { id: string } }[]; sources: WireNode[] };
    return {
      ...d,
      relationships: [...d.relationships].sort((x, y) => (x.relationship.id < y.relationship.id ? -1 : 1)),
      sources: [...d.sources].sort((x, y) => (x.id < y.id ? -1 : 1)),
    };
  };
  for (const id of [...slugs(), snapshot.nodes[0]!.id]) {
    const { live: a, offline: b } = await both("node", { params: { id } });
    assert.deepEqual(sorted(b), sorted(a), `node ${id}`);
  }
});

test("neighbours: same pages, totals and cursors, with every filter", async () => {
  const types = snapshot.schema.relationshipTypes.map((t) => t.name);
  const labels = snapshot.schema.labels.map((l) => l.name).filter((l) => l !== "Entity");
  for (const id of slugs()) {
    for (const direction of ["both", "out", "in"] as const) {
      const page = await both("neighbors", { params: { id }, query: { direction, limit: 3 } });
      assert.deepEqual(page.offline, page.live, `neighbours of ${id} (${direction})`);
      const cursor = (page.live as { nextCursor: string | null }).nextCursor;
      if (cursor) {
        const next = await both("neighbors", { params: { id }, query: { direction, limit: 3, cursor } });
        assert.deepEqual(next.offline, next.live, `neighbours of ${id} (${direction}) after ${cursor}`);
      }
    }
  }
  const filtered = await both("neighbors", {
    params: { id: "alibaba" },
    query: { types: types.slice(0, 3), labels: labels.slice(0, 3) },
  });
  assert.deepEqual(filtered.offline, filtered.live, "neighbours of alibaba, filtered");
});

test("paths: the same routes between entities, directed and both ways; ties at the k-th route from the same set", async () => {
  const ids = slugs();
  const pairs: [string, string][] = [["jack-ma", "apple"]];
  for (let i = 0; i < ids.length; i += 7) pairs.push([ids[i]!, ids[(i * 3 + 5) % ids.length]!]);
  const routes = (r: unknown) =>
    (r as { paths: { length: number; nodes: string[] }[] }).paths.map((p) => ({
      length: p.length,
      route: p.nodes.join(" > "),
    }));
  let compared = 0;
  for (const [from, to] of pairs) {
    if (from === to) continue;
    for (const direction of ["out", "both"] as const) {
      const query = { from, to, direction, k: 5, maxHops: 4 };
      const { live: a, offline: b } = await both("paths", { query });
      const ends = (r: unknown) => {
        const p = r as { from: WireNode; to: WireNode; direction: string };
        return [p.from.id, p.to.id, p.direction];
      };
      const what = `${from} -> ${to} (${direction})`;
      assert.deepEqual(ends(b), ends(a), `ends of ${what}`);
      const [liveRoutes, offlineRoutes] = [routes(a), routes(b)];
      assert.deepEqual(
        offlineRoutes.map((r) => r.length),
        liveRoutes.map((r) => r.length),
        `route lengths of ${what}`,
      );
      // Routes shorter than the last one are all of that length: the same set. At the last length, more routes may tie
      // than k leaves room for, and each engine picks its own: both picks must be among all routes of that length.
      const last = liveRoutes.at(-1)?.length ?? 0;
      const shorter = (list: typeof liveRoutes) =>
        list
          .filter((r) => r.length < last)
          .map((r) => r.route)
          .sort();
      assert.deepEqual(shorter(offlineRoutes), shorter(liveRoutes), `shorter routes of ${what}`);
      for (const r of [...liveRoutes, ...offlineRoutes].filter((x) => x.length === last)) {
        // The direction searched: "out" falls back to both ways when no directed route exists.
        const searched = (a as { direction: "out" | "both" }).direction;
        assert.ok(isRoute(r.route.split(" > "), searched), `${what}: ${r.route} is not a simple route`);
      }
      compared += liveRoutes.length;
    }
  }
  assert.ok(compared > 10, `only ${compared} routes compared`);
});

test("saved queries: the list, and each query's result with its default parameters", async () => {
  const list = await both("queries", {});
  assert.deepEqual(list.offline, list.live);
  for (const { query, params } of snapshot.queries) {
    const { live: a, offline: b } = await both("runQuery", { params: { name: query.name }, body: { params } });
    const summaryless = (r: unknown) => ({ ...(r as { summary: Summary }), summary: null });
    assert.deepEqual(summaryless(b), summaryless(a), `saved query ${query.name}`);
  }
});

test("the first view, schema and stats agree", async () => {
  const graph = await both("graph", {});
  const ids = (r: unknown, part: "nodes" | "relationships") =>
    (r as Record<typeof part, { id: string }[]>)[part].map((x) => x.id).sort();
  assert.deepEqual(ids(graph.offline, "nodes"), ids(graph.live, "nodes"));
  assert.deepEqual(ids(graph.offline, "relationships"), ids(graph.live, "relationships"));
  const limited = await both("graph", { query: { limit: 5 } });
  assert.deepEqual(ids(limited.offline, "nodes").length, ids(limited.live, "nodes").length);
  const schema = await both("schema", {});
  assert.deepEqual(schema.offline, schema.live);
});

test("the perspective and the discovered schema agree; an older snapshot without them generates one", async () => {
  const schema = await both("schema", {});
  const person = (schema.live as SchemaResponse).graph?.labels.find((l) => l.name === "Person");
  assert.ok(person?.properties.some((p) => p.key === "name" && p.share === 1));
  const perspective = await both("perspective", {});
  assert.deepEqual(perspective.offline, perspective.live);
  assert.equal((perspective.live as PerspectiveResponse).source, "file");
  const older = createSnapshotClient({
    ...snapshot,
    perspective: undefined,
    schema: { ...snapshot.schema, graph: undefined },
  });
  const generated = await older.call("perspective", {});
  assert.equal(generated.source, "generated");
  assert.equal(generated.perspective.labels.Person?.caption, "name");
  assert.equal(generated.perspective.labels.Person?.color, "#d9483b");
  assert.ok((await older.call("schema", {})).graph?.labels.some((l) => l.name === "Investment"));
});

test("errors: unknown nodes and saved queries, and bad input, fail the same way in both editions", async () => {
  /** Bad input is judged by the same schemas, so even the message is the same; a miss may word its reason. */
  const check = async <N extends EndpointName>(name: N, input: CallInput<N>, status: number, sameMessage: boolean) => {
    const a = await failureOf(live, name, input);
    const b = await failureOf(offline, name, input);
    assert.equal(a.httpStatus, status, `${name} live: ${a.message}`);
    if (sameMessage) assert.deepEqual(b, a, `${name}: offline differs from live`);
    else assert.deepEqual([b.httpStatus, b.code], [a.httpStatus, a.code], `${name}: offline differs from live`);
  };
  await check("node", { params: { id: "nobody-at-all" } }, 404, false);
  await check("neighbors", { params: { id: "nobody-at-all" } }, 404, false);
  await check("paths", { query: { from: "jack-ma", to: "nobody-at-all" } }, 404, false);
  await check("runQuery", { params: { name: "no-such-query" }, body: {} }, 404, false);
  await check("search", { query: { q: "   " } }, 400, true);
  await check("neighbors", { params: { id: "jack-ma" }, query: { limit: 0 } }, 400, true);
  await check("paths", { query: { from: "jack-ma", to: "apple", maxHops: 99 } }, 400, true);
  await check("graph", { query: { limit: -1 } }, 400, true);
  await check("addNote", { body: { target: { kind: "node", id: "jack-ma" }, text: " ", author: "A" } }, 400, true);
  await check("notes", { query: { kind: "view", id: "" } }, 400, true);
});

test("notes: a server without a notes file and a snapshot without notes both answer none, read-only", async () => {
  const targets = [
    { kind: "node" as const, id: "jack-ma" },
    { kind: "view" as const, id: "v-0a1b2c3d" },
  ];
  const lookup = await both("notesFor", { body: { targets } });
  assert.deepEqual(lookup.live, { notes: [], writable: false });
  assert.deepEqual(lookup.offline, lookup.live);
  const one = await both("notes", { query: { kind: "node", id: "jack-ma" } });
  assert.deepEqual(one.offline, one.live);
  const add = { body: { target: targets[0]!, text: "a note", author: "Aiko" } };
  assert.equal((await failureOf(live, "addNote", add)).httpStatus, 409);
  assert.equal((await failureOf(offline, "addNote", add)).httpStatus, 409);
  // Exports carry notes only when asked (--with-notes gives buildSnapshot the notes file's notes).
  assert.equal(snapshot.notes, undefined);
  const note = { id: "n1", ...add.body, createdAt: "2026-11-30T10:00:00.000Z" };
  const ctx = { driver, database: testConnection().database, timeoutMs: 10_000 };
  const withNotes = await buildSnapshot(ctx, {
    graphName: ARTICLE_GRAPH_NAME,
    savedQueries: [],
    maxNodes: 5_000,
    resultCap: 5_000,
    timeoutMs: 10_000,
    notes: [note],
  });
  assert.deepEqual(await createSnapshotClient(withNotes).call("notesFor", { body: { targets } }), {
    notes: [note],
    writable: false,
  });
});

test("names: opening by a name in any language, and paths between names, answer alike; an unknown name is a 404 with the same suggestions", async () => {
  /** The node and its relationships, in an order of their own (ties in the API's order may fall either way). */
  const gist = (r: unknown) => {
    const d = r as { node: WireNode; degree: unknown; relationships: { relationship: { id: string } }[] };
    return { node: d.node, degree: d.degree, relationships: d.relationships.map((x) => x.relationship.id).sort() };
  };
  const jackMa = gist((await both("node", { params: { id: "jack-ma" } })).live);
  for (const name of ["Jack Ma", "馬雲", "ジャック・マー", "jack ma"]) {
    const { live: a, offline: b } = await both("node", { params: { id: name } });
    assert.equal((a as { node: WireNode }).node.properties.id, "jack-ma", `live ${name}`);
    assert.deepEqual(gist(b), gist(a), `node ${name}`);
    assert.deepEqual(gist(a), jackMa, `${name} opens the same node as its slug`);
    const page = await both("neighbors", { params: { id: name }, query: { limit: 3 } });
    assert.deepEqual(page.offline, page.live, `neighbours of ${name}`);
  }
  const byName = await both("paths", { query: { from: "馬雲", to: "Apple", direction: "out", k: 3, maxHops: 4 } });
  const bySlug = await both("paths", { query: { from: "jack-ma", to: "apple", direction: "out", k: 3, maxHops: 4 } });
  const ends = (r: unknown) => [(r as { from: WireNode }).from.id, (r as { to: WireNode }).to.id];
  assert.deepEqual(ends(byName.live), ends(bySlug.live));
  assert.deepEqual(ends(byName.offline), ends(byName.live));
  assert.deepEqual(
    (byName.offline as { paths: unknown[] }).paths.length,
    (byName.live as { paths: unknown[] }).paths.length,
  );
  const miss = async (client: ApiClient) => {
    const error = await client.call("node", { params: { id: "Jak Ma" } }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(error instanceof ApiRequestError);
    return { status: error.httpStatus, code: error.code, message: error.message, details: error.details };
  };
  const [a, b] = [await miss(live), await miss(offline)];
  assert.deepEqual([a.status, a.code], [404, "not_found"]);
  assert.match(a.message, /^No node named 'Jak Ma'\. Did you mean: Jack Ma/);
  assert.deepEqual(b, a, "offline answers an unknown name like the API, with the same suggestions");
  const suggestions = (a.details as { suggestions: { key: string; name: string }[] }).suggestions;
  assert.equal(suggestions[0]?.key, "jack-ma");
  const pathMiss = await failureOf(live, "paths", { query: { from: "Jack Ma", to: "Nobody Anywhere" } });
  assert.deepEqual(await failureOf(offline, "paths", { query: { from: "Jack Ma", to: "Nobody Anywhere" } }), pathMiss);
  assert.equal(pathMiss.httpStatus, 404);
});

test("sources: the same list, and the same reader but for the text, which the offline edition leaves out unless republishable", async () => {
  const list = await both("sources", {});
  assert.deepEqual(list.offline, list.live);
  const withText = (await offline.call("sources", {})).sources.filter((s) => s.hasText);
  assert.ok(withText.length > 0, "the article graph has a source with its text");
  for (const { id, republish } of withText) {
    const answer = await both("source", { params: { id } });
    const a = answer.live as { text: string | null };
    const b = answer.offline as { text: string | null };
    assert.equal(typeof a.text, "string", "the live reader has the text");
    assert.equal(b.text, republish ? a.text : null);
    assert.deepEqual({ ...b, text: null }, { ...a, text: null });
  }
  const a = await failureOf(live, "source", { params: { id: "no-such-source" } });
  const b = await failureOf(offline, "source", { params: { id: "no-such-source" } });
  assert.deepEqual([b.httpStatus, b.code], [a.httpStatus, a.code]);
  assert.deepEqual(
    await failureOf(offline, "source", { params: { id: "bad id" } }),
    await failureOf(live, "source", { params: { id: "bad id" } }),
  );
});
