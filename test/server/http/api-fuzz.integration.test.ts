// Property-based fuzzing of the whole API (fast-check): whatever arrives, the answer is a 200 or a clear 4xx, never a 5xx,
// never the password; afterwards the server still serves and the database checksum is unchanged. FUZZ_RUNS raises the count.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { dbChecksum, type DbChecksum } from "../../support/checksum.ts";
import { apiClient, type Answer } from "../../support/api-client.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import { ApiErrorSchema } from "../../../src/shared/index.ts";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
let explorer: RunningExplorer;
let driver: Driver;
let checksumBefore: DbChecksum;
const api = apiClient(() => explorer.url);
const { database, password } = testConnection();

before(async () => {
  driver = testDriver();
  checksumBefore = await dbChecksum(driver, database);
  explorer = await startExplorer({ connection: testConnection(), port: 0, timeoutMs: 1_000, maxNodes: 100 });
});

after(async () => {
  // Whichever of the two opened, even when before() failed half-way.
  await explorer?.close();
  await driver?.close();
});

const SYNTAX = [
  "'",
  '"',
  "`",
  "\\",
  "\\'",
  "*",
  "?",
  "~",
  ":",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "AND",
  "OR",
  "NOT",
  "//",
  "/*",
  "*/",
  ";",
  "$p",
  "%",
  "%00",
  "\u0000",
  "🐉",
  "مرحبا",
  "\u202E",
  "ジャック",
  "馬雲",
  "jack-ma",
  "apple",
];
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.array(fc.constantFrom(...SYNTAX), { maxLength: 8 }).map((parts) => parts.join("")),
  fc.string({ maxLength: 400 }),
);
const number = fc.oneof(
  fc.integer({ min: -5, max: 2_000 }).map(String),
  fc.constantFrom("NaN", "1e9", "-0", "0x10", "1.5", "", " 3", "Infinity"),
);
const queryValue = fc.oneof(text, number, fc.array(fc.oneof(text, number), { minLength: 2, maxLength: 3 }));
const PARAMS = ["q", "labels", "limit", "types", "direction", "cursor", "from", "to", "maxHops", "k", "mode", "query"];
// Half the time no extra parameters, so requests also get past validation and reach Neo4j.
const queryParams = fc.oneof(
  fc.constant({}),
  fc.dictionary(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 10 })), queryValue, { maxKeys: 4 }),
);

function toQueryString(params: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v);
  const s = search.toString();
  return s ? `?${s}` : "";
}

const CYPHER_WORDS = [
  "MATCH",
  "(n)",
  "(n:Person)",
  "RETURN",
  "n",
  "n.name",
  "count(*)",
  "CREATE",
  "MERGE",
  "DELETE",
  "DETACH",
  "SET",
  "n.x = 1",
  "REMOVE",
  "CALL",
  "db.labels()",
  "dbms.listConfig()",
  "{",
  "}",
  "IN TRANSACTIONS",
  "LIMIT",
  "10",
  "WITH",
  "*",
  "UNWIND",
  "range(1, 1000)",
  "AS",
  "x",
  "WHERE",
  "OR",
  "-[r]->",
  "(m)",
  ",",
  "'",
  "//",
  "/*",
  "*/",
  ";",
  "LOAD CSV FROM 'file:///etc/passwd' AS l",
  "FOREACH (i IN [1] |",
  "|",
  ")",
  "$p",
  "SHOW",
  "TRANSACTIONS",
  "TERMINATE",
  "INDEX",
  "FOR",
  "ON",
  "DROP",
  "CONSTRAINT",
  "USE system",
];
const cypher = fc.oneof(
  fc.array(fc.constantFrom(...CYPHER_WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(" ")),
  text,
);
const jsonParams = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 4 });

type Request = { method: "GET"; path: string } | { method: "POST"; path: string; body: string };
const segment = text.map((s) => encodeURIComponent(s || "x"));
const request: fc.Arbitrary<Request> = fc.oneof(
  fc
    .tuple(text, queryParams)
    .map(([q, p]) => ({ method: "GET" as const, path: `/api/search${toQueryString({ q, ...p })}` })),
  fc
    .tuple(fc.oneof(segment, fc.constantFrom("jack-ma", "alibaba")), queryParams)
    .map(([id, p]) => ({ method: "GET" as const, path: `/api/nodes/${id}/neighbors${toQueryString(p)}` })),
  segment.map((id) => ({ method: "GET" as const, path: `/api/nodes/${id}` })),
  fc
    .tuple(
      fc.constantFrom("jack-ma", "joe-tsai", "alibaba", "qwen"),
      fc.oneof(fc.constantFrom("apple", "nvidia", "deepseek"), text),
      queryParams,
    )
    .map(([from, to, p]) => ({ method: "GET" as const, path: `/api/paths${toQueryString({ from, to, ...p })}` })),
  queryParams.map((p) => ({ method: "GET" as const, path: `/api/graph${toQueryString(p)}` })),
  fc
    .record(
      { query: cypher, params: jsonParams, mode: fc.constantFrom("read", "write", "admin") },
      { requiredKeys: ["query"] },
    )
    .map((b) => ({ method: "POST" as const, path: "/api/cypher", body: JSON.stringify(b) })),
  fc
    .oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      text,
    )
    .map((body) => ({ method: "POST" as const, path: "/api/cypher", body })),
  fc
    .tuple(
      fc.oneof(fc.constantFrom("find-entity", "routes-between", "investments-above-yen", "timeline"), segment),
      fc.dictionary(
        fc.constantFrom("q", "limit", "from", "to", "minYen", "fromYear", "x"),
        fc.jsonValue({ maxDepth: 2 }),
        { maxKeys: 3 },
      ),
    )
    .map(([name, params]) => ({
      method: "POST" as const,
      path: `/api/queries/${name}/run`,
      body: JSON.stringify({ params }),
    })),
);

function check(answer: Answer, req: Request): void {
  const what = `${req.method} ${req.path} ${"body" in req ? req.body.slice(0, 200) : ""}`;
  assert.ok(
    answer.status === 200 || (answer.status >= 400 && answer.status < 500),
    `${what} -> ${answer.status} ${answer.text.slice(0, 300)}`,
  );
  assert.notEqual(answer.json, undefined, `${what}: not JSON: ${answer.text.slice(0, 200)}`);
  if (answer.status !== 200) ApiErrorSchema.parse(answer.json);
  assert.ok(!answer.text.includes(password), `${what} leaks the password`);
}

test(`${RUNS} random requests across every endpoint: always 200 or a clear 4xx`, async () => {
  let statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(request, async (req) => {
      const answer = req.method === "GET" ? await api.get(req.path) : await api.send("POST", req.path, req.body);
      statuses = statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      check(answer, req);
    }),
    { numRuns: RUNS },
  );
  // A fuzzer whose every request bounced off validation would prove little: some must have reached Neo4j.
  assert.ok((statuses.get(200) ?? 0) > RUNS / 10, `statuses: ${JSON.stringify([...statuses])}`);
});

test("afterwards the server still answers and the database checksum is unchanged", async () => {
  assert.equal((await api.get("/api/search?q=jack")).status, 200);
  assert.deepEqual(await dbChecksum(driver, database), checksumBefore);
});
