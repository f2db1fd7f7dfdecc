// How the offline snapshot's graph reaches the page: as text slices the page parses itself while the worker checks the
// whole file, kept once the check says the file is exactly what it checked; a file holding more than the check keeps
// (a key the schema does not know) gets the checked graph instead. Real Chromium, the test build, no Neo4j.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetToSnapshot } from "../../src/bench/browser/dataset-snapshot.ts";
import { createDataset } from "../../src/generate/index.ts";
import { compactSnapshot, SNAPSHOT_VERSION, type SnapshotFile } from "../../src/shared/index.ts";
import { serveSnapshotSite } from "../support/snapshot-site.ts";
import { useExplorerPage, type Served } from "../support/explorer-page.ts";

const NODES = 800;
// More than one message's worth (5,000 a slice).
const EDGES = 6_000;
const siteDir = mkdtempSync(join(tmpdir(), "kg-handover-"));
let file: SnapshotFile;

async function serveSite(): Promise<Served> {
  file = compactSnapshot(
    await datasetToSnapshot(createDataset({ entities: NODES, relationships: EDGES, seed: 3 })),
    SNAPSHOT_VERSION,
  );
  return serveSnapshotSite(siteDir);
}
const app = useExplorerPage({
  serve: serveSite,
  cleanUp: () => rmSync(siteDir, { recursive: true, force: true }),
});

/** Opens the site over `snapshot` and returns the kinds of the snapshot worker's messages, in order, once drawn. */
async function load(snapshot: unknown): Promise<{ kinds: string[]; nodes: number; edges: number; errors: string[] }> {
  writeFileSync(join(siteDir, "snapshot.json"), JSON.stringify(snapshot));
  const page = await app.browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors: string[] = [];
  page.on("console", (msg) => void (msg.type() === "error" && errors.push(msg.text())));
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.addInitScript(`
    window.__snapshotKinds = [];
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url, options) {
        super(url, options);
        if (/snapshot-worker/.test(String(url)))
          this.addEventListener("message", (event) => window.__snapshotKinds.push(event.data.kind));
      }
    };
  `);
  await page.goto(app.url);
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
  const seen = await page.evaluate(() => ({
    kinds: (window as unknown as { __snapshotKinds: string[] }).__snapshotKinds,
    nodes: Number(document.body.dataset.nodeCount),
    edges: Number(document.body.dataset.edgeCount),
  }));
  await page.close();
  return { ...seen, errors };
}

const count = (kinds: readonly string[], kind: string) => kinds.filter((k) => k === kind).length;

test("the page parses the graph's text slices and keeps them once the check finds the file as written", async () => {
  const seen = await load(file);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual({ nodes: seen.nodes, edges: seen.edges }, { nodes: NODES, edges: EDGES });
  assert.equal(count(seen.kinds, "nodes-text"), 1, seen.kinds.join(" "));
  assert.equal(count(seen.kinds, "relationships-text"), 2, seen.kinds.join(" "));
  assert.equal(count(seen.kinds, "graph-as-sent"), 1, "the check's verdict");
  assert.equal(count(seen.kinds, "nodes") + count(seen.kinds, "relationships"), 0, "no checked copy sent over");
  // The text goes first: the page parses it while the worker checks; the verdict comes after.
  assert.ok(seen.kinds.indexOf("graph-as-sent") > seen.kinds.lastIndexOf("relationships-text"), seen.kinds.join(" "));
  assert.ok(seen.kinds.includes("done"));
});

test("a file with a key the check does not keep gets the checked graph, not its own text", async () => {
  const [first, ...rest] = file.nodes;
  const seen = await load({ ...file, nodes: [{ ...first, notInTheSchema: "dropped by the check" }, ...rest] });
  assert.deepEqual(seen.errors, []);
  assert.deepEqual({ nodes: seen.nodes, edges: seen.edges }, { nodes: NODES, edges: EDGES });
  assert.equal(count(seen.kinds, "graph-as-sent"), 0, seen.kinds.join(" "));
  assert.equal(count(seen.kinds, "nodes"), 1, seen.kinds.join(" "));
  assert.equal(count(seen.kinds, "relationships"), 2, seen.kinds.join(" "));
});
