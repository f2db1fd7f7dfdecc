// Faults during a seed load: Neo4j stopped or killed mid-file, or the loader itself SIGKILLed. Every file is either
// fully loaded or leaves no trace, and nothing loaded before is lost (checked with a whole-database checksum).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { privateNeo4j, waitForTransaction } from "../support/private-neo4j.ts";
import { dbChecksum } from "../support/checksum.ts";
import { createDriver } from "../../src/server/db/driver.ts";
import { seedFiles, seedSources } from "../../src/seed/index.ts";
import type { Connection } from "../../src/server/db/connection.ts";
import { UnavailableError } from "../../src/server/errors.ts";

const root = new URL("../../", import.meta.url).pathname;
const neo4j = privateNeo4j("fault-seed", 7737);
const dir = mkdtempSync(join(tmpdir(), "seed-fault-"));
let conn: Connection;
let driver: Driver;

/** A file of `count` statements in one transaction: long enough to be interrupted half-way. */
function seedFile(name: string, label: string, count: number): string {
  const lines = Array.from(
    { length: count },
    (_, i) => `CREATE (:${label} {i: ${i}, note: 'statement ${i} of ${name}; with a semicolon'});`,
  );
  const path = join(dir, name);
  writeFileSync(path, `// ${name}: ${count} statements\n${lines.join("\n")}\n`);
  return path;
}

const count = async (label: string) =>
  Number(
    (
      await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`, {}, { database: conn.database })
    ).records[0]?.get("n"),
  );

before(async () => {
  conn = await neo4j.start();
  driver = createDriver(conn);
});

after(async () => {
  await driver?.close();
  await neo4j.destroy();
  rmSync(dir, { recursive: true, force: true });
});

async function restart(): Promise<void> {
  await driver.close();
  conn = await neo4j.start();
  driver = createDriver(conn);
}

test("Neo4j stopped, then killed, half-way through a file: earlier files stay, the interrupted one leaves no trace", async (t) => {
  await seedFiles(driver, conn.database, [seedFile("base.cypher", "FaultBase", 50)]);
  for (const [stop, label] of [
    [neo4j.stop, "FaultGraceful"],
    [neo4j.kill, "FaultCrash"],
  ] as const) {
    const before = await dbChecksum(driver, conn.database);
    const first = seedFile(`${label}-first.cypher`, `${label}First`, 20);
    const big = seedFile(`${label}-big.cypher`, label, 20_000);
    // The loader's own driver, which (like the CLI's) stays open while Neo4j goes away under it.
    const loader = createDriver(conn);
    t.after(() => loader.close());
    const outcome = seedFiles(loader, conn.database, [first, big]).then(
      () => "completed",
      (error: Error) => error,
    );
    await waitForTransaction(driver, conn.database, `${label} {`, true);
    await stop();
    const error = await outcome;
    await loader.close();
    assert.ok(error instanceof Error, `the load was interrupted (got ${String(error)})`);
    // Not the script's fault, so no file:line is blamed.
    assert.ok(error instanceof UnavailableError, `${label}: ${error.name}: ${error.message}`);
    await restart();
    assert.equal(await count(`${label}First`), 20, "the file committed before the stop is complete");
    assert.equal(await count(label), 0, "the interrupted file left no trace");
    assert.equal(await count("FaultBase"), 50, "nothing loaded earlier is lost");
    await driver.executeQuery(`MATCH (n:${label}First) DELETE n`, {}, { database: conn.database });
    assert.deepEqual(await dbChecksum(driver, conn.database), before);
  }
});

test("the seed CLI killed with SIGKILL half-way through a file leaves the database as it was before that file", async (t) => {
  const first = seedFile("cli-first.cypher", "FaultCliFirst", 20);
  const big = seedFile("cli-big.cypher", "FaultCli", 20_000);
  const before = await dbChecksum(driver, conn.database);
  const env = {
    ...process.env,
    NEO4J_URI: conn.uri,
    NEO4J_USERNAME: conn.username,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
  };
  // node itself, not the tsx wrapper, so the SIGKILL reaches the process that holds the transaction.
  const loader = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--file", first, "--file", big], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Not left loading if the test fails before it kills the loader itself.
  t.after(() => void loader.kill("SIGKILL"));
  let output = "";
  loader.stdout.on("data", (d: Buffer) => (output += d.toString()));
  loader.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => loader.on("exit", (_code, signal) => resolve(signal)));
  await waitForTransaction(driver, conn.database, "FaultCli {", true);
  assert.match(
    output,
    /cli-first\.cypher: 20 statements, 20 nodes/,
    "the first file was reported loaded before the kill",
  );
  loader.kill("SIGKILL");
  assert.equal(await exited, "SIGKILL", output);
  // Neo4j sees the closed connection and rolls the open transaction back.
  await waitForTransaction(driver, conn.database, "FaultCli {", false);
  assert.equal(await count("FaultCliFirst"), 20);
  assert.equal(await count("FaultCli"), 0, "no trace of the file being loaded when the loader died");
  await driver.executeQuery("MATCH (n:FaultCliFirst) DELETE n", {}, { database: conn.database });
  assert.deepEqual(await dbChecksum(driver, conn.database), before);
});

test("a load cut by a fault can simply be run again: it completes and nothing is doubled", async () => {
  const source = Array.from({ length: 200 }, (_, i) => `MERGE (:FaultRerun {i: ${i}});`).join("\n");
  await seedSources(driver, conn.database, [{ file: "rerun.cypher", source }]);
  await seedSources(driver, conn.database, [{ file: "rerun.cypher", source }]);
  assert.equal(await count("FaultRerun"), 200);
});
