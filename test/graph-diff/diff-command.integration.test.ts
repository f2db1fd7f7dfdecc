// `npm run diff` end to end: the real command, its own scratch Neo4j, on two fixture folders and on two git
// revisions of one folder in a temp repository; the user's database (the test one here) is never touched.
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { GraphDiffSchema, type GraphDiff } from "../../src/shared/index.ts";
import { testConnection, testDriver } from "../support/db.ts";
import { dbChecksum } from "../support/checksum.ts";

const root = new URL("../../", import.meta.url).pathname;
const fixtures = join(root, "test/fixtures/graphs");
const conn = testConnection();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The command as a user runs it, from `cwd`, with NEO4J_URI naming a database it must leave alone. */
function diff(cwd: string, ...args: string[]): Promise<Run> {
  const env = {
    ...process.env,
    NEO4J_URI: conn.uri,
    NEO4J_USERNAME: conn.username,
    NEO4J_PASSWORD: conn.password,
    NEO4J_HEAP: "256m",
    NEO4J_PAGECACHE: "16m",
  };
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, "node_modules/.bin/tsx"), [join(root, "scripts/diff.ts"), ...args], {
      cwd,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The fixture's four changes, whatever the two versions were called. */
function assertFixtureChanges(d: GraphDiff): void {
  assert.deepEqual(d.summary, {
    nodes: { added: 0, removed: 0, changed: 1, rekeyed: 1 },
    relationships: { added: 1, removed: 1, changed: 1 },
  });
  const alibaba = d.nodes.find((n) => n.key === "alibaba");
  assert.deepEqual(alibaba?.propertyChanges, [
    { change: "renamed", property: "founded_year", previousProperty: "founded", after: 1999 },
  ]);
  const rekeyed = d.nodes.find((n) => n.change === "rekeyed");
  assert.deepEqual([rekeyed?.previousKey, rekeyed?.key], ["qwen", "tongyi-qwen"]);
  const moonshot = d.relationships.find((r) => r.change === "changed");
  assert.deepEqual(
    moonshot?.propertyChanges.find((c) => c.property === "amount"),
    { change: "changed", property: "amount", before: 800, after: 1000 },
  );
  const removed = d.relationships.find((r) => r.change === "removed");
  assert.equal(removed?.properties.quote, "Zhipu competes with Alibaba.");
  const added = d.relationships.find((r) => r.change === "added");
  assert.deepEqual([added?.type, added?.end, added?.properties.amount], ["INVESTED_IN", "zhipu", 400]);
}

const scratchLeft = () =>
  existsSync(join(root, ".data/scratch"))
    ? readdirSync(join(root, ".data/scratch")).filter((d) => d.startsWith("diff-"))
    : [];

describe("npm run diff", { concurrency: false }, () => {
  const temp = mkdtempSync(join(tmpdir(), "kg-diff-test-"));
  after(() => rmSync(temp, { recursive: true, force: true }));

  it("prints the fixture's changes between two folders, with quotes, and leaves the user's database alone", async () => {
    const driver = testDriver();
    try {
      const before = await dbChecksum(driver, conn.database);
      const left = scratchLeft();
      const run = await diff(root, "test/fixtures/graphs/diff-v1", "test/fixtures/graphs/diff-v2", "--port", "7843");
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Nodes: 0 added, 0 removed, 1 changed, 1 with a new key\./);
      assert.match(run.stdout, /> node qwen → tongyi-qwen \(:Entity:Model\) key changed/);
      assert.match(run.stdout, /~ founded renamed founded_year: 1999/);
      assert.match(
        run.stdout,
        /- \(alibaba\)-\[:RIVAL_OF\]->\(zhipu\)\n {4}quote: «Zhipu competes with Alibaba\.» \(article\)/,
      );
      assert.match(run.stdout, /~ amount: 800 → 1000/);
      assert.deepEqual(await dbChecksum(driver, conn.database), before, "the database NEO4J_URI names changed");
      const kept = scratchLeft().filter((d) => !left.includes(d));
      assert.deepEqual(kept, [], "the scratch Neo4j's folder was not removed");
    } finally {
      await driver.close();
    }
  });

  it("compares two git revisions of a graph folder (a tag and HEAD) as JSON the page can read", async () => {
    const repo = join(temp, "repo");
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", repo, "-c", "user.name=t", "-c", "user.email=t@example.org", ...args]);
    execFileSync("git", ["init", "-q", repo]);
    cpSync(join(fixtures, "diff-v1"), join(repo, "graph"), { recursive: true });
    git("add", "-A");
    git("commit", "-qm", "v1");
    git("tag", "v1");
    rmSync(join(repo, "graph"), { recursive: true });
    cpSync(join(fixtures, "diff-v2"), join(repo, "graph"), { recursive: true });
    git("add", "-A");
    git("commit", "-qm", "v2");
    const out = join(temp, "diff.json");
    const run = await diff(repo, "v1", "HEAD", "--format", "json", "--out", out, "--port", "7844");
    assert.equal(run.code, 0, run.stderr);
    const parsed = GraphDiffSchema.parse(JSON.parse(execFileSync("cat", [out]).toString()));
    assert.deepEqual([parsed.a.source, parsed.b.source], ["v1:graph", "HEAD:graph"]);
    assertFixtureChanges(parsed);
  });

  it("refuses, before starting anything, a version that is neither a folder nor a revision", async () => {
    const run = await diff(root, "test/fixtures/graphs/diff-v1", "no-such-thing~7");
    assert.equal(run.code, 1);
    assert.match(run.stderr, /no-such-thing~7 is neither a folder nor a git revision/);
    assert.doesNotMatch(run.stderr, /scratch Neo4j/);
    const empty = await diff(root, temp, "test/fixtures/graphs/diff-v2");
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /holds no \*\.cypher seed script and no generated data set \(manifest\.json\)/);
  });
});
