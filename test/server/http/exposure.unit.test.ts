// Exposure: loopback unless --host names another address (with a warning), and a same-origin CSP with configurable framing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chooseHost, exposureWarning, isLoopback } from "../../../src/server/config/bind-host.ts";
import { cspDirectives } from "../../../src/server/http/security-headers.ts";
import { loadEnv } from "../../../src/server/config/index.ts";
import { ConfigError } from "../../../src/server/errors.ts";

const root = new URL("../../../", import.meta.url).pathname;

test("loopback addresses are recognised, others are not", () => {
  for (const h of ["127.0.0.1", "127.1.2.3", "localhost", "::1"]) assert.ok(isLoopback(h), h);
  for (const h of ["0.0.0.0", "::", "192.168.1.4", "127.0.0.1.evil.example", "example.org"])
    assert.ok(!isLoopback(h), h);
});

test("HOST may only name loopback; another address needs --host and is flagged as exposed", () => {
  assert.deepEqual(chooseHost("127.0.0.1", undefined), { host: "127.0.0.1", exposed: false });
  assert.throws(
    () => chooseHost("0.0.0.0", undefined),
    (e) => e instanceof ConfigError && /--host 0\.0\.0\.0/.test(e.message),
  );
  assert.deepEqual(chooseHost("127.0.0.1", "0.0.0.0"), { host: "0.0.0.0", exposed: true });
  assert.deepEqual(chooseHost("0.0.0.0", "127.0.0.1"), { host: "127.0.0.1", exposed: false });
  assert.match(exposureWarning("0.0.0.0", true), /^WARNING: listening on 0\.0\.0\.0.*Write mode is on/);
});

test("npm start refuses HOST=0.0.0.0 without --host before touching Neo4j", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    // An unreachable URI: the refusal must come first, so nothing ever connects.
    env: { ...process.env, HOST: "0.0.0.0", NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_USERNAME: "x", NEO4J_PASSWORD: "x" },
  });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /HOST=0\.0\.0\.0 would make the explorer reachable from other machines.*--host 0\.0\.0\.0/);
  assert.doesNotMatch(run.stdout, /Using the Neo4j server/);
});

test("CSP allows only the app's own origin, and frame-ancestors only the listed embedders", () => {
  const csp = cspDirectives();
  for (const [name, sources] of Object.entries(csp)) {
    for (const s of sources)
      assert.ok(["'self'", "'none'", "'unsafe-inline'", "data:", "blob:"].includes(s), `${name}: ${s}`);
  }
  assert.deepEqual(csp["script-src"], ["'self'"]);
  assert.deepEqual(csp["connect-src"], ["'self'"]);
  assert.deepEqual(csp["frame-ancestors"], ["'self'"]);
  assert.deepEqual(cspDirectives(["https://course.example.org"])["frame-ancestors"], [
    "'self'",
    "https://course.example.org",
  ]);
});

test("EMBED_ALLOWED_ORIGINS takes comma-separated origins and refuses anything else", () => {
  assert.deepEqual(
    loadEnv({ EMBED_ALLOWED_ORIGINS: "https://a.example.org, http://localhost:8080" }).EMBED_ALLOWED_ORIGINS,
    ["https://a.example.org", "http://localhost:8080"],
  );
  assert.deepEqual(loadEnv({}).EMBED_ALLOWED_ORIGINS, []);
  for (const bad of [
    "*",
    "https://a.example.org/path",
    "javascript:alert(1)",
    "https://a.example.org; script-src *",
    "'unsafe-inline'",
  ]) {
    assert.throws(() => loadEnv({ EMBED_ALLOWED_ORIGINS: bad }), /EMBED_ALLOWED_ORIGINS/, bad);
  }
});
