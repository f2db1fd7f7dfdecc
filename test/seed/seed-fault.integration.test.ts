// The seed CLI never leaves a database half-changed: for each kind of failure (a script Neo4j rejects in the first,
// middle or last file; a constraint broken at run time; a schema statement after data that Neo4j refuses; Neo4j
// stopped mid-load; the loader SIGKILLed), with and without --reset, the whole-database checksum is unchanged, the
// exit is non-zero, and the message names the file and line. One private Neo4j serves the whole file.
import { test, before, after, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { privateNeo4j } from "../support/private-neo4j.ts";
import { dbChecksum, type DbChecksum } from "../support/checksum.ts";
import { createDriver } from "../../src/server/db/driver.ts";
import type { Connection } from "../../src/server/db/connection.ts";
import { writeDataset } from "../../src/generate/index.ts";

const root = new URL("../../", import.meta.url).pathname;
const neo4j = privateNeo4j("fault-seed", Number(process.env.NEO4J_SEED_FAULT_PORT ?? 7739));
const dir = mkdtempSync(join(tmpdir(), "seed-fault-"));
let conn: Connection;
let driver: Driver;
let previous: DbChecksum;

/** The graph a user already has: data, a constraint and an index, all of which must survive every failed run. */
const OLD_GRAPH = `CREATE CONSTRAINT old_id IF NOT EXISTS FOR (n:Old) REQUIRE n.id IS UNIQUE;
CREATE INDEX old_name IF NOT EXISTS FOR (n:Old) ON (n.name);
UNWIND range(1, 50) AS i CREATE (:Old {id: i, name: 'old ' + i});
MATCH (a:Old), (b:Old) WHERE b.id = a.id + 1 CREATE (a)-[:NEXT {w: a.id}]->(b);
`;

// A good three-file load: schema before data in the first file, schema after data in the last.
const FIRST = `// first.cypher
CREATE CONSTRAINT new_id IF NOT EXISTS FOR (n:New) REQUIRE n.id IS UNIQUE;
UNWIND range(1, 20) AS i CREATE (:New {id: i, name: 'new ' + i});
`;
const MIDDLE = `// middle.cypher
MATCH (a:New), (b:New) WHERE b.id = a.id * 2 CREATE (a)-[:DOUBLE]->(b);
`;
const LAST = `// last.cypher
MATCH (n:New) SET n.checked = true;
CREATE INDEX new_name IF NOT EXISTS FOR (n:New) ON (n.name);
`;
// Runs long enough (row by row, creating nothing) to be interrupted; Neo4j checks for termination between rows.
// Minutes, not seconds: a stopping Neo4j first lets running transactions finish for a while (10 s by default), and
// one that finished in that window would move the failure to the next statement.
const SLOW = `// slow.cypher
MATCH (n:New) SET n.slow = true;
UNWIND range(1, 40000000000) AS i WITH i WHERE i < 0 CREATE (:NewSlow {i: i});
`;

/** Each kind: the three files, and what the message must say (file:line:column, then Neo4j's words). */
const KINDS = {
  "parse error in the first file (Neo4j 4 constraint syntax)": {
    files: [FIRST.replace("CREATE CONSTRAINT new_id IF NOT EXISTS FOR", "CREATE CONSTRAINT ON"), MIDDLE, LAST].map(
      (s) => s.replace("REQUIRE n.id", "ASSERT n.id"),
    ),
    message: /first\.cypher:2:\d+: Invalid constraint syntax, ON and ASSERT should not be used/,
  },
  "parse error in the middle file": {
    files: [FIRST, MIDDLE.replace("CREATE (a)", "CRATE (a)"), LAST],
    message: /middle\.cypher:2:\d+: Invalid input 'CRATE'/,
  },
  "parse error in the last file, a schema statement after data": {
    files: [FIRST, MIDDLE, LAST.replace("ON (n.name)", "ON (n.name,)")],
    message: /last\.cypher:3:\d+: Invalid input '\)'/,
  },
  "constraint violated at run time": {
    files: [FIRST, `// middle.cypher\nCREATE (:New {id: 7});\n`, LAST],
    message: /middle\.cypher:2:1: .*already exists with label `New` and property `id` = 7/,
    // Exactly which schema statements committed, and that each was dropped again.
    outcome: [
      /the schema statements that had committed on their own were \S*first\.cypher:2, \S*last\.cypher:3\./,
      /Schema put back as it was before the run: dropped constraint `new_id` again, dropped index `new_name` again\./,
      /The database is as it was before the run\./,
    ],
  },
  "schema statement after data that Neo4j refuses (its name is taken)": {
    files: [FIRST, MIDDLE, LAST.replace("CREATE INDEX new_name IF NOT EXISTS", "CREATE INDEX old_name")],
    message: /last\.cypher:3:1: .*(already exists|equivalent)/i,
  },
} as const;

function writeLoad(name: string, sources: readonly string[]): string[] {
  return sources.map((source, i) => {
    const folder = join(dir, name.replace(/\W+/g, "-"));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, ["first", "middle", "last"][i] + ".cypher");
    writeFileSync(path, source);
    return path;
  });
}

interface Run {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
  kill: () => void;
}

function seedCli(files: readonly string[], reset: boolean, ...more: string[]): Run {
  const args = ["--import", "tsx", "scripts/seed.ts", ...files.flatMap((f) => ["--file", f]), ...more];
  if (reset) args.push("--reset", "--yes");
  // node itself, not the tsx wrapper, so a SIGKILL reaches the process that holds the transaction.
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      NEO4J_URI: conn.uri,
      NEO4J_USERNAME: conn.username,
      NEO4J_PASSWORD: conn.password,
      NEO4J_DATABASE: conn.database,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { exited, output: () => output, kill: () => void child.kill("SIGKILL") };
}

/** Waits until the slow statement really runs: the check's EXPLAIN of it shows in SHOW TRANSACTIONS too. */
async function waitForSlowStatement(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD currentQuery
       WHERE currentQuery CONTAINS 'NewSlow' AND NOT currentQuery STARTS WITH 'EXPLAIN' AND NOT currentQuery CONTAINS 'SHOW'
       RETURN count(*) AS n`,
      {},
      { database: conn.database },
    );
    if (Number(records[0]?.get("n")) > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The slow statement did not start within ${timeoutMs} ms`);
}

/** The schema is put back by the loader or, when it could not, by its guard process a moment later. */
async function settlesTo(expected: DbChecksum, timeoutMs = 60_000): Promise<DbChecksum> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await dbChecksum(driver, conn.database).catch(() => undefined);
    if ((now && now.sha256 === expected.sha256) || Date.now() > deadline) return now ?? expected;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The whole-database checksum equals the one before the run; printed, so a run's log shows the matrix. */
async function unchanged(t: TestContext): Promise<void> {
  const after = await settlesTo(previous);
  t.diagnostic(
    `checksum before ${previous.sha256.slice(0, 16)} (${previous.nodes} nodes, ${previous.relationships} relationships, ${previous.schema} indexes+constraints), after ${after.sha256.slice(0, 16)} (${after.nodes}, ${after.relationships}, ${after.schema})`,
  );
  assert.deepEqual(after, previous);
}

before(async () => {
  conn = await neo4j.start();
  driver = createDriver(conn);
  const [path] = writeLoad("old", [OLD_GRAPH]);
  const run = seedCli([path!], false);
  assert.equal((await run.exited).code, 0, run.output());
  previous = await dbChecksum(driver, conn.database);
  // The graph's 50 nodes and 49 relationships, and the :ExplorerMeta node holding the database version every load
  // changes (the API's answer cache reads it): a failed load must leave that unchanged too.
  assert.deepEqual([previous.nodes, previous.relationships], [51, 49]);
  const meta = await driver.executeQuery(
    "MATCH (m:ExplorerMeta) RETURN count(m) AS n",
    {},
    { database: conn.database },
  );
  assert.equal(Number(meta.records[0]?.get("n")), 1);
});

after(async () => {
  await driver?.close();
  await neo4j.destroy();
  rmSync(dir, { recursive: true, force: true });
});

test("the good load works, so each failure below is the one the test put in", async () => {
  const files = writeLoad("good", [FIRST, MIDDLE, LAST]);
  const run = seedCli(files, true);
  assert.equal((await run.exited).code, 0, run.output());
  const loaded = await dbChecksum(driver, conn.database);
  // The new graph's 20 nodes and 10 relationships, and the database version's :ExplorerMeta node.
  assert.deepEqual([loaded.nodes, loaded.relationships], [21, 10]);
  // Put the old graph back for the failure cases.
  const [path] = writeLoad("old-again", [OLD_GRAPH]);
  const restore = seedCli([path!], true);
  assert.equal((await restore.exited).code, 0, restore.output());
  await driver.executeQuery("DROP CONSTRAINT new_id IF EXISTS", {}, { database: conn.database });
  await driver.executeQuery("DROP INDEX new_name IF EXISTS", {}, { database: conn.database });
  const back = await dbChecksum(driver, conn.database);
  assert.deepEqual(
    [back.nodes, back.relationships, back.schema],
    [previous.nodes, previous.relationships, previous.schema],
  );
  previous = back;
});

for (const reset of [false, true]) {
  for (const [kind, expected] of Object.entries(KINDS)) {
    test(`${kind}${reset ? ", with --reset" : ""}: nothing changes, exit 1, the message names file:line:column`, async (t) => {
      const files = writeLoad(`${kind}-${reset}`, expected.files);
      const run = seedCli(files, reset);
      const { code } = await run.exited;
      assert.equal(code, 1, run.output());
      assert.match(run.output(), expected.message);
      if ("outcome" in expected) for (const line of expected.outcome) assert.match(run.output(), line);
      else
        assert.match(run.output(), /Nothing was changed: every statement is checked before the load writes anything/);
      await unchanged(t);
    });
  }

  test(`Neo4j stopped mid-load${reset ? ", with --reset" : ""}: nothing of the load stays once it is back`, async (t) => {
    const files = writeLoad(`stop-${reset}`, [FIRST, SLOW, LAST]);
    const run = seedCli(files, reset);
    await waitForSlowStatement();
    await driver.close();
    try {
      await neo4j.stop();
      const { code } = await run.exited;
      assert.equal(code, 1, run.output());
      assert.match(run.output(), /Neo4j became unavailable while the load was running \S*middle\.cypher:3:1/);
      assert.match(
        run.output(),
        /the schema statements that had committed on their own were \S*first\.cypher:2, \S*last\.cypher:3/,
      );
      assert.match(
        run.output(),
        /A background process \(pid \d+\) puts the schema back as soon as Neo4j answers again/,
      );
    } finally {
      // Back for the next tests even when an assertion failed.
      conn = await neo4j.start();
      driver = createDriver(conn);
    }
    await unchanged(t);
  });

  test(`the loader SIGKILLed mid-load${reset ? ", with --reset" : ""}: its guard puts the schema back, Neo4j the data`, async (t) => {
    const files = writeLoad(`kill-${reset}`, [FIRST, SLOW, LAST]);
    const run = seedCli(files, reset);
    await waitForSlowStatement();
    run.kill();
    assert.equal((await run.exited).signal, "SIGKILL");
    await unchanged(t);
    // The guard shares the loader's stderr, and says what it did.
    await new Promise((r) => setTimeout(r, 500));
    assert.match(
      run.output(),
      /seed guard: the load did not finish; schema put back as it was: dropped constraint `new_id` again/,
    );
  });
}

test("--reset --drop-schema that fails at run time puts back the schema it dropped", async (t) => {
  const files = writeLoad("drop-schema", [FIRST, `// middle.cypher\nCREATE (:New {id: 7});\n`, LAST]);
  const run = seedCli(files, true, "--drop-schema");
  assert.equal((await run.exited).code, 1, run.output());
  assert.match(run.output(), /middle\.cypher:2:1: /);
  assert.match(run.output(), /re-created constraint `old_id`, re-created index `old_name`/);
  await unchanged(t);
});

test("--reset --drop-schema reloading the graph it replaces (same constraint and index names) loads it again", async (t) => {
  // Neo4j refuses to create a constraint in the transaction that dropped its namesake; the check must not trip on it.
  const [path] = writeLoad("reload-same-schema", [OLD_GRAPH]);
  const run = seedCli([path!], true, "--drop-schema");
  assert.equal((await run.exited).code, 0, run.output());
  // The same graph again, with new element ids: the same counts and the same schema, not the same checksum.
  const reloaded = await dbChecksum(driver, conn.database);
  t.diagnostic(`reloaded: ${reloaded.nodes} nodes, ${reloaded.relationships} relationships, ${reloaded.schema} schema`);
  assert.deepEqual(
    [reloaded.nodes, reloaded.relationships, reloaded.schema],
    [previous.nodes, previous.relationships, previous.schema],
  );
  previous = reloaded;
});

// --bulk guarantees less (see README): a bad data set changes nothing; a load cut at run time is marked incomplete,
// refused by the next run, and `--reset --yes` reloads it whole. Last in the file: its --reset replaces the old graph.
test("--bulk with a bad line anywhere changes nothing, with or without --reset", async (t) => {
  const set = join(dir, "bulk-bad");
  await writeDataset(set, { entities: 300, relationships: 1_500, seed: 3 });
  const rel = join(set, "relationships.jsonl");
  const lines = readFileSync(rel, "utf8").split("\n");
  lines[1_199] = lines[1_199]!.replace(/"to":"[^"]+"/, '"to":"nobody-1"');
  writeFileSync(rel, lines.join("\n"));
  for (const reset of [false, true]) {
    const run = seedCli([], reset, "--bulk", set, "--batch-size", "100");
    assert.equal((await run.exited).code, 1, run.output());
    assert.match(run.output(), /relationships\.jsonl:1200: no entity with id nobody-1/);
    await unchanged(t);
  }
});

test("--bulk killed mid-load: the partial set is marked incomplete and refused; --reset --yes reloads it whole", async () => {
  const set = join(dir, "bulk-kill");
  const manifest = await writeDataset(set, { entities: 4_000, relationships: 20_000, seed: 5 });
  const run = seedCli([], false, "--bulk", set, "--batch-size", "50");
  const entities = async () =>
    Number(
      (
        await driver.executeQuery("MATCH (e:Entity) RETURN count(e) AS n", {}, { database: conn.database })
      ).records[0]?.get("n"),
    );
  const deadline = Date.now() + 120_000;
  while ((await entities()) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  run.kill();
  assert.equal((await run.exited).signal, "SIGKILL");
  const { records } = await driver.executeQuery(
    "MATCH (s:Source {id: $id}) RETURN s.complete AS complete",
    { id: manifest.source.id },
    { database: conn.database },
  );
  assert.equal(records[0]?.get("complete"), false, "a cut load is never marked complete");

  const again = seedCli([], false, "--bulk", set);
  assert.equal((await again.exited).code, 1, again.output());
  assert.match(again.output(), /holds part of \(a previous load stopped\).*--reset --yes --bulk DIR/);

  const reload = seedCli([], true, "--bulk", set, "--batch-size", "1000");
  assert.equal((await reload.exited).code, 0, reload.output());
  const loaded = await dbChecksum(driver, conn.database);
  // The data set's nodes plus its :Source and the database version's :ExplorerMeta, and nothing of the old graph.
  assert.deepEqual([loaded.nodes, loaded.relationships], [manifest.entities + 2, manifest.relationships]);
  const meta = await driver.executeQuery(
    "MATCH (m:ExplorerMeta) RETURN count(m) AS n",
    {},
    { database: conn.database },
  );
  assert.equal(Number(meta.records[0]?.get("n")), 1);
});
