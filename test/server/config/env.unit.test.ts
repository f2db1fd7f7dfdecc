// Start-up configuration is validated, with errors that name the variable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadEnv } from "../../../src/server/config/index.ts";
import { ConfigError } from "../../../src/server/errors.ts";

test("defaults apply when nothing is set", () => {
  const env = loadEnv({});
  assert.equal(env.HOST, "127.0.0.1");
  assert.equal(env.PORT, 5179);
  assert.equal(env.NEO4J_DATABASE, "neo4j");
  assert.equal(env.NEO4J_URI, undefined);
});

test("routing URIs are accepted", () => {
  for (const uri of ["neo4j://db.example:7687", "neo4j+s://abc.databases.neo4j.io", "bolt://127.0.0.1:7687"]) {
    assert.equal(loadEnv({ NEO4J_URI: uri, NEO4J_USERNAME: "u", NEO4J_PASSWORD: "p" }).NEO4J_URI, uri);
  }
});

test("a bad URI scheme names the variable", () => {
  assert.throws(
    () => loadEnv({ NEO4J_URI: "http://x", NEO4J_USERNAME: "u", NEO4J_PASSWORD: "p" }),
    (e: Error) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, /NEO4J_URI: must be a neo4j:\/\//);
      return true;
    },
  );
});

test("NEO4J_URI without credentials names both missing variables", () => {
  assert.throws(
    () => loadEnv({ NEO4J_URI: "neo4j://x" }),
    /NEO4J_USERNAME: is required[\s\S]*NEO4J_PASSWORD: is required/,
  );
});

test("a non-numeric port is refused by name", () => {
  assert.throws(() => loadEnv({ PORT: "eighty" }), /PORT:/);
  assert.throws(() => loadEnv({ PORT: "70000" }), /PORT:/);
});

test("empty strings count as unset", () => {
  assert.equal(loadEnv({ NEO4J_URI: "", PORT: "" }).PORT, 5179);
});
