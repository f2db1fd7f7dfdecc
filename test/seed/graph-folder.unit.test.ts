// `--graph DIR` input: the folder is checked before anything starts, with a message naming it and what was expected;
// each folder gets a data folder of its own.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readGraphFolder } from "../../src/seed/index.ts";
import { graphDataDir } from "../../src/local-neo4j/graph-data-dir.ts";
import { ConfigError } from "../../src/server/errors.ts";
import { refuseRemoteGraph } from "../../src/local-neo4j/graph-instance.ts";
import { loadEnv } from "../../src/server/config/index.ts";

const root = new URL("../../", import.meta.url).pathname;

test("a fixture folder: its scripts in file-name order, its queries/ folder, no perspective.json", async () => {
  const folder = await readGraphFolder(join(root, "test/fixtures/graphs/people-works"));
  assert.deepEqual(
    folder.files.map((f) => f.slice(folder.dir.length + 1)),
    ["10-people-and-works.cypher"],
  );
  assert.equal(folder.queriesDir, join(folder.dir, "queries"));
  assert.equal(folder.perspectiveFile, undefined);
});

test("a folder that does not exist, a file, or a folder without .cypher files: a ConfigError naming it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "graph-folder-"));
  try {
    mkdirSync(join(dir, "empty"));
    writeFileSync(join(dir, "empty", "notes.txt"), "not a script");
    writeFileSync(join(dir, "file.cypher"), "RETURN 1;");
    const cases: [string, RegExp][] = [
      [join(dir, "missing"), /missing does not exist \(a graph folder holds \*\.cypher seed scripts/],
      [join(dir, "empty"), /empty holds no \.cypher file \(a graph folder holds \*\.cypher seed scripts/],
      [join(dir, "file.cypher"), /file\.cypher is a file, not a folder/],
    ];
    for (const [path, message] of cases) {
      await assert.rejects(readGraphFolder(path), (e: unknown) => e instanceof ConfigError && message.test(e.message));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("each folder gets its own data folder, named after it, never the article's", () => {
  const a = graphDataDir("/home/me/graphs/people");
  const b = graphDataDir("/home/me/other/people");
  assert.match(a, /^\.data\/graphs\/people-[0-9a-f]{8}\/neo4j$/);
  assert.notEqual(a, b);
  assert.equal(graphDataDir("/home/me/graphs/people/"), a);
  assert.notEqual(a, ".data/neo4j");
});

test("`npm run seed -- --graph /nonexistent` exits non-zero with the folder and what was expected", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--graph", "/nonexistent"], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /error: --graph \/nonexistent: the folder \/nonexistent does not exist/);
  assert.match(run.stderr, /\*\.cypher seed scripts/);
  assert.doesNotMatch(run.stdout + run.stderr, /Neo4j|Seeding/);
});

test("--graph with NEO4J_URI set is refused: a user's own server is never loaded into silently", () => {
  const env = loadEnv({ NEO4J_URI: "neo4j://db.example.org", NEO4J_USERNAME: "u", NEO4J_PASSWORD: "p" });
  assert.throws(() => refuseRemoteGraph(env), /--graph loads the folder into a bundled Neo4j of its own/);
  assert.doesNotThrow(() => refuseRemoteGraph(loadEnv({})));
});
