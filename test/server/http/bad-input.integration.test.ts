// Bad input on every endpoint: malformed bodies, wrong types, unknown fields, hostile search text and Cypher
// injection. Each gets a clear 4xx (or an ordinary answer), the server keeps serving, and the database is unchanged.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { dbChecksum, type DbChecksum } from "../../support/checksum.ts";
import { apiClient, assertClientError, encode } from "../../support/api-client.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import * as S from "../../../src/shared/index.ts";

let explorer: RunningExplorer;
let driver: Driver;
let checksumBefore: DbChecksum;
const api = apiClient(() => explorer.url);
const database = testConnection().database;

before(async () => {
  driver = testDriver();
  checksumBefore = await dbChecksum(driver, database);
  explorer = await startExplorer({ connection: testConnection(), port: 0, timeoutMs: 2_000, maxNodes: 200 });
});

after(async () => {
  // Whichever of the two opened, even when before() failed half-way.
  await explorer?.close();
  await driver?.close();
});

async function assertStillServing(): Promise<void> {
  const search = await api.get("/api/search?q=jack");
  assert.equal(search.status, 200, search.text);
  assert.equal(S.SearchResponseSchema.parse(search.json).hits[0]?.key, "jack-ma");
}

/** Hostile text: Lucene and Cypher syntax, quotes, backslashes, emoji, right-to-left and invisible characters. */
const HOSTILE = [
  'a"b',
  "'",
  "\\",
  "\\\\'",
  "\\u0027",
  "`",
  "``",
  "AND",
  "OR NOT",
  "jack~0.5",
  "*",
  "?",
  "title:[a TO z]",
  "{!lucene}",
  "/.*/",
  "&&||!^~",
  "' OR 1=1 //",
  '" OR ""="',
  "jack-ma') DETACH DELETE n //",
  "`) DETACH DELETE n //",
  "'}) MATCH (n) DETACH DELETE n //",
  "$query",
  "${x}",
  "x */ CREATE (:Pwned) /*",
  "x\nCREATE (:Pwned)",
  "x; CREATE (:Pwned)",
  "CALL db.clearQueryCaches()",
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  "🐉🔥👨‍👩‍👧",
  "مرحبا بالعالم",
  "שלום",
  "\u202Ejack\u202C",
  "\u200B\u200D\uFEFF",
  "ｊａｃｋ",
  "ジャック・マー",
  "馬雲",
  "a\u0000b",
  "e\u0301\u0301\u0301",
  "a".repeat(200),
  "🐉".repeat(100),
  " ".repeat(3) + "x" + "\t\n",
];

test("malformed, empty, wrongly typed and oversized JSON bodies are 4xx on every POST endpoint", async () => {
  for (const path of ["/api/cypher", "/api/queries/investments/run"]) {
    const bodies: [string, string, number[]][] = [
      ["{bad", "application/json", [400]],
      ["", "application/json", [400]],
      ['{"query": "RETURN 1",}', "application/json", [400]],
      ['{"query": "RETURN 1", "__proto__": {"admin": true}}', "application/json", [400]],
      ['{"params": {}, "constructor": {"prototype": {"admin": true}}}', "application/json", [400]],
      ["[1, 2]", "application/json", [400]],
      ["42", "application/json", [400]],
      ['"RETURN 1"', "application/json", [400]],
      ["RETURN 1", "text/plain", [400, 415]],
      ["query=RETURN+1", "application/x-www-form-urlencoded", [415]],
      ["\u00ff\u00fe{", "application/json", [400]],
      [JSON.stringify({ query: "RETURN 1", pad: "x".repeat(300 * 1024) }), "application/json", [413]],
      ["[".repeat(100_000) + "]".repeat(100_000), "application/json", [400, 413]],
      [`{"params": ${"[".repeat(5_000)}${"]".repeat(5_000)}}`, "application/json", [400]],
      [
        `{"query": "RETURN $p", "params": {"p": ${'{"a":'.repeat(2_000)}1${"}".repeat(2_000)}}}`,
        "application/json",
        [400],
      ],
    ];
    for (const [body, type, statuses] of bodies) {
      assertClientError(
        await api.send("POST", path, body, { "content-type": type }),
        `${path} ${body.slice(0, 40)}`,
        statuses,
      );
    }
  }
  await assertStillServing();
});

test("wrong types, out-of-range values and unknown fields in every endpoint's parameters are 400 naming the field", async () => {
  const longId = "x".repeat(201);
  const gets: [string, string | undefined][] = [
    ["/api/graph?limit=abc", "limit"],
    ["/api/graph?limit=-1", "limit"],
    ["/api/graph?limit=1.5", "limit"],
    ["/api/graph?limit=1e9", "limit"],
    ["/api/graph?limit=1&limit=2", "limit"],
    ["/api/graph?bogus=1", "bogus"],
    ["/api/search", "q"],
    ["/api/search?q=%20%20", "q"],
    ["/api/search?q=a&q=b", "q"],
    ["/api/search?q=a&limit=0", "limit"],
    ["/api/search?q=a&limit=101", "limit"],
    ["/api/search?q=a&limit=ten", "limit"],
    ["/api/search?q=a&labels=Person;DROP", "labels"],
    ["/api/search?q=a&labels=a'b", "labels"],
    ["/api/search?q=a&lang=en", "lang"],
    [`/api/search?q=${"a".repeat(10_000)}`, "q"],
    [`/api/nodes/${longId}`, "id"],
    ["/api/nodes/jack-ma?verbose=1", "verbose"],
    ["/api/nodes/jack-ma/neighbors?direction=up", "direction"],
    ["/api/nodes/jack-ma/neighbors?limit=0", "limit"],
    ["/api/nodes/jack-ma/neighbors?limit=1001", "limit"],
    ["/api/nodes/jack-ma/neighbors?cursor=-1", "cursor"],
    ["/api/nodes/jack-ma/neighbors?cursor=abc", "cursor"],
    ["/api/nodes/jack-ma/neighbors?cursor=99999999999", "cursor"],
    ["/api/nodes/jack-ma/neighbors?types=FOUNDED%20OR%201=1", "types"],
    ["/api/nodes/jack-ma/neighbors?labels=Person%60", "labels"],
    ["/api/nodes/jack-ma/neighbors?page=2", "page"],
    ["/api/paths?from=jack-ma", "to"],
    ["/api/paths?to=apple", "from"],
    ["/api/paths?from=jack-ma&to=apple&maxHops=0", "maxHops"],
    ["/api/paths?from=jack-ma&to=apple&maxHops=11", "maxHops"],
    ["/api/paths?from=jack-ma&to=apple&maxHops=1..99", "maxHops"],
    ["/api/paths?from=jack-ma&to=apple&k=0", "k"],
    ["/api/paths?from=jack-ma&to=apple&k=21", "k"],
    ["/api/paths?from=jack-ma&to=apple&direction=in", "direction"],
    [`/api/paths?from=${longId}&to=apple`, "from"],
    ["/api/paths?from=jack-ma&to=apple&all=1", "all"],
    ["/api/schema?x=1", "x"],
    ["/api/stats?x=1", "x"],
    ["/api/health?x=1", "x"],
    ["/api/queries?x=1", "x"],
  ];
  for (const [path, field] of gets) {
    const error = assertClientError(await api.get(path), path, [400]);
    if (field) assert.match(error.message, new RegExp(field), path);
  }
  const posts: [string, unknown, string | undefined][] = [
    ["/api/cypher", {}, "query"],
    ["/api/cypher", { query: 123 }, "query"],
    ["/api/cypher", { query: "" }, "query"],
    ["/api/cypher", { query: ["RETURN 1"] }, "query"],
    ["/api/cypher", { query: "RETURN 1", params: [] }, "params"],
    ["/api/cypher", { query: "RETURN 1", params: "x" }, "params"],
    ["/api/cypher", { query: "RETURN 1", mode: "admin" }, "mode"],
    ["/api/cypher", { query: "RETURN 1", timeout: 999999 }, "timeout"],
    ["/api/cypher", { query: `RETURN 1 ${" ".repeat(20_001)}` }, "query"],
    ["/api/cypher?mode=write", { query: "RETURN 1" }, "mode"],
    ["/api/queries/investments/run", { params: [] }, "params"],
    ["/api/queries/investments/run", { params: {}, extra: 1 }, "extra"],
    ["/api/queries/investments-above-yen/run", { params: { minYen: "lots" } }, "minYen"],
    ["/api/queries/investments-above-yen/run", { params: { minYen: { $gt: 0 } } }, "minYen"],
    ["/api/queries/find-entity/run", { params: { limit: 1.5 } }, "limit"],
    ["/api/queries/find-entity/run", { params: { notAParam: 1 } }, "notAParam"],
    ["/api/queries/Investments/run", {}, "name"],
    ["/api/queries/..%2F..%2Fetc%2Fpasswd/run", {}, undefined],
  ];
  for (const [path, body, field] of posts) {
    const error = assertClientError(
      await api.post(path, body),
      `${path} ${JSON.stringify(body).slice(0, 60)}`,
      [400, 404],
    );
    if (field) assert.match(error.message, new RegExp(field), path);
  }
  await assertStillServing();
});

test("hostile search text: Lucene and Cypher syntax, quotes, backslashes, emoji, RTL text get ordinary answers", async () => {
  for (const q of HOSTILE) {
    const answer = await api.get(`/api/search?${encode({ q })}`);
    if (q.trim() === "") {
      assertClientError(answer, JSON.stringify(q), [400]);
      continue;
    }
    assert.equal(answer.status, 200, `${JSON.stringify(q)}: ${answer.text.slice(0, 300)}`);
    const res = S.SearchResponseSchema.parse(answer.json);
    assert.equal(res.query, q.trim());
  }
  const long = await api.get(`/api/search?${encode({ q: "jack ".repeat(2_000) })}`);
  assert.match(assertClientError(long, "10,000 characters", [400]).message, /q: Too big/);
  // 10,000 CJK characters are 90 KB once percent-encoded: Node refuses the request line itself.
  assertClientError(
    await api.get(`/api/search?${encode({ q: "馬".repeat(10_000) })}`),
    "10,000 CJK characters",
    [400, 431],
  );
  await assertStillServing();
});

test("Cypher injection through every parameter changes nothing: ids, names, saved-query values, query parameters", async () => {
  for (const text of HOSTILE) {
    const id = encodeURIComponent(text.slice(0, 200));
    for (const path of [
      `/api/nodes/${id}`,
      `/api/nodes/${id}/neighbors`,
      `/api/paths?${encode({ from: text.slice(0, 200), to: "apple" })}`,
      `/api/paths?${encode({ from: "jack-ma", to: text.slice(0, 200) })}`,
    ]) {
      const answer = await api.get(path);
      // Names open nodes: Jack Ma's Japanese and Chinese names are among these texts, and open him.
      if (answer.status === 200 && ["ジャック・マー", "馬雲"].includes(text)) continue;
      assert.ok([400, 404].includes(answer.status), `${path}: ${answer.status} ${answer.text.slice(0, 200)}`);
      assertClientError(answer, path);
    }
    for (const [name, params] of [
      ["find-entity", { q: text }],
      ["entity-neighbourhood", { entity: text }],
      ["routes-between", { from: text, to: "apple" }],
      ["facts-from-sentence", { quote: text }],
    ] as const) {
      const answer = await api.post(`/api/queries/${name}/run`, { params });
      if (answer.status === 200) S.GraphPayloadSchema.parse(answer.json);
      // An entity parameter (entity-neighbourhood, routes-between) names a node: one that matches nothing is a 404.
      else assertClientError(answer, `${name} ${JSON.stringify(text)}`, [400, 404]);
    }
    const cypher = await api.post("/api/cypher", {
      query: "MATCH (n:Entity) WHERE n.id = $id OR n.name CONTAINS $id RETURN n.id AS id",
      params: { id: text },
    });
    assert.equal(cypher.status, 200, cypher.text.slice(0, 300));
  }
  const pwned = await api.post("/api/cypher", {
    query: "MATCH (n) WHERE n:Pwned OR n.admin = true RETURN count(n) AS c",
  });
  assert.equal(S.GraphPayloadSchema.parse(pwned.json).rows![0]!.c, 0);
  await assertStillServing();
});

test("after all of it the database checksum is unchanged", async () => {
  assert.deepEqual(await dbChecksum(driver, database), checksumBefore);
});
