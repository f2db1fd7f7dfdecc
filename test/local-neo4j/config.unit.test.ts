// The local Neo4j's generated config and the Java version check.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderConf } from "../../src/local-neo4j/conf.ts";
import { javaMajorVersion } from "../../src/local-neo4j/java.ts";
import { pinnedVersion } from "../../src/local-neo4j/jars.ts";
import { findFreePort, isPortFree } from "../../src/local-neo4j/ports.ts";
import { createServer } from "node:net";

test("conf binds Bolt to loopback only, with a small page cache and no usage report", () => {
  const conf = renderConf({ port: 7999, pagecache: "64m" });
  assert.match(conf, /^server\.bolt\.listen_address=127\.0\.0\.1:7999$/m);
  assert.match(conf, /^server\.default_listen_address=127\.0\.0\.1$/m);
  assert.match(conf, /^server\.memory\.pagecache\.size=64m$/m);
  assert.match(conf, /^dbms\.usage_report\.enabled=false$/m);
  assert.match(conf, /^server\.directories\.import=import$/m);
  assert.match(conf, /^dbms\.security\.auth_enabled=true$/m);
  assert.doesNotMatch(conf, /0\.0\.0\.0/);
  // A stop (the importer's, every Ctrl-C) no longer waits 5 s for Bolt's event loops.
  assert.match(conf, /^internal\.dbms\.bolt\.netty_server_shutdown_quiet_period=0$/m);
});

test("Java versions are read from both version schemes", () => {
  assert.equal(javaMajorVersion('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(javaMajorVersion('java version "1.8.0_392"'), 8);
  assert.equal(javaMajorVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(javaMajorVersion("garbage"), undefined);
});

test("the pom pins a 5.26 LTS patch", () => {
  assert.match(pinnedVersion(new URL("../../graph/neo4j/pom.xml", import.meta.url).pathname), /^5\.26\.\d+$/);
});

test("a taken port is detected and the next free one is found", async () => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const taken = (server.address() as { port: number }).port;
  try {
    assert.equal(await isPortFree(taken), false);
    const next = await findFreePort(taken);
    assert.ok(next > taken);
    assert.equal(await isPortFree(next), true);
  } finally {
    server.close();
  }
});
