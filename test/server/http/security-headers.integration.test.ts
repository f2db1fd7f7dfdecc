// Every response carries the security headers; error responses never carry the Neo4j password or a stack trace.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testConnection } from "../../support/db.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";

const staticDir = mkdtempSync(join(tmpdir(), "explorer-static-"));
writeFileSync(join(staticDir, "index.html"), "<!doctype html><title>t</title>");
let explorer: RunningExplorer;
let embedding: RunningExplorer;
before(async () => {
  explorer = await startExplorer({ connection: testConnection(), port: 0, staticDir });
  embedding = await startExplorer({
    connection: testConnection(),
    port: 0,
    staticDir,
    embedOrigins: ["https://course.example.org"],
  });
});
after(async () => {
  await explorer?.close();
  await embedding?.close();
  rmSync(staticDir, { recursive: true, force: true });
});

const send = (server: RunningExplorer, path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
const json = (body: string): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body });

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? "")
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(" ")]),
  );
}

test("the default server listens on loopback only", () => {
  assert.match(explorer.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("pages, API answers and errors all carry CSP, no-sniff and frame-ancestors 'self'", async () => {
  const cases: [string, RequestInit | undefined, number][] = [
    ["/", undefined, 200],
    ["/some/client/route", undefined, 200],
    ["/api/health", undefined, 200],
    ["/api/nope", undefined, 404],
    ["/api/search?q=", undefined, 400],
    ["/api/cypher", json("{bad"), 400],
  ];
  for (const [path, init, status] of cases) {
    const res = await send(explorer, path, init);
    assert.equal(res.status, status, path);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
    assert.equal(res.headers.get("x-frame-options"), "SAMEORIGIN", path);
    const csp = directives(res.headers.get("content-security-policy"));
    assert.equal(csp.get("default-src"), "'self'", path);
    assert.equal(csp.get("script-src"), "'self'", path);
    assert.equal(csp.get("connect-src"), "'self'", path);
    assert.equal(csp.get("object-src"), "'none'", path);
    assert.equal(csp.get("frame-ancestors"), "'self'", path);
    assert.equal(res.headers.get("strict-transport-security"), null, "no HSTS on plain HTTP");
    await res.arrayBuffer();
  }
});

test("EMBED_ALLOWED_ORIGINS adds exactly those origins to frame-ancestors and drops X-Frame-Options", async () => {
  const res = await send(embedding, "/?embed=1");
  assert.equal(
    directives(res.headers.get("content-security-policy")).get("frame-ancestors"),
    "'self' https://course.example.org",
  );
  assert.equal(res.headers.get("x-frame-options"), null);
  await res.arrayBuffer();
});

test("no error response contains the Neo4j password, a stack trace or a server path", async () => {
  const { password } = testConnection();
  const requests: [string, RequestInit | undefined][] = [
    ["/api/cypher", json("{bad")],
    ["/api/cypher", json(JSON.stringify({ query: "MATCH (n) RETURN n LIMT 1" }))],
    ["/api/cypher", json(JSON.stringify({ query: "CREATE (n)" }))],
    ["/api/cypher", json(JSON.stringify({ query: "CALL dbms.security.createUser('a','b',false)" }))],
    ["/api/cypher", json(JSON.stringify({ query: "RETURN 1/0" }))],
    ["/api/cypher", json(JSON.stringify({ query: "RETURN reduce(l = [], x IN range(1, 3000) | [l])" }))],
    ["/api/cypher", json("[".repeat(5_000) + "]".repeat(5_000))],
    ["/api/nodes/x", undefined],
    ["/api/paths?from=a&to=b&maxHops=x", undefined],
    ["/api/queries/nope/run", json("{}")],
  ];
  for (const [path, init] of requests) {
    const res = await send(explorer, path, init);
    const text = await res.text();
    assert.ok(res.status >= 400 && res.status < 500, `${path}: ${res.status} ${text}`);
    assert.ok(!text.includes(password), `${path} leaks the password`);
    assert.doesNotMatch(text, /\n\s+at |node_modules|\/work\/|\.ts:\d+/, `${path} leaks internals: ${text}`);
  }
});
