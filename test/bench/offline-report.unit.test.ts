// The offline benchmark's folder sizing and report, on a real folder and a result shaped like a run's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { folderSize } from "../../src/bench/offline/folder-size.ts";
import { renderOfflineReport } from "../../src/bench/offline/report.ts";
import type { OfflineBenchResult } from "../../src/bench/offline/run.ts";
import { spliceNamedSection } from "../../src/bench/markdown-section.ts";

test("folder size counts nested files, and the snapshot apart, plain and gzipped", async () => {
  const dir = mkdtempSync(join(tmpdir(), "offline-size-"));
  try {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "x".repeat(100));
    writeFileSync(join(dir, "assets", "app.js"), "y".repeat(300));
    writeFileSync(
      join(dir, "snapshot.json"),
      JSON.stringify({ nodes: Array.from({ length: 500 }, (_, i) => ({ id: `n${i}` })) }),
    );
    const size = await folderSize(dir);
    assert.equal(size.files, 3);
    assert.equal(size.appBytes, 400);
    assert.equal(size.totalBytes, 400 + size.snapshotBytes);
    assert.ok(
      size.snapshotGzipBytes > 0 && size.snapshotGzipBytes < size.snapshotBytes / 3,
      "repetitive JSON compresses",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the report has a row per graph with min / median / max over runs, and splices as its own section", () => {
  const run = (ms: number) => ({ graphReadyMs: ms, searchMs: ms / 10, longestTaskMs: 60, nodes: 48, edges: 86 });
  const result = {
    machine: {
      cpu: "cpu",
      cores: 2,
      memoryGiB: 24,
      os: "Linux",
      node: "v20",
      neo4j: "Community 5.26.30",
      driver: "5",
      fastify: "5",
    },
    chromium: "140.0",
    load1: { start: 1, end: 2 },
    options: { root: "/", runs: 3, synthetic: { entities: 10_000, relationships: 50_000, seed: 42 } },
    cases: [
      {
        name: "article graph",
        exportMs: 2_500,
        snapshot: { nodes: 48, relationships: 86, queries: 20 },
        size: {
          files: 6,
          totalBytes: 2 * 2 ** 20,
          snapshotBytes: 416 * 1024,
          snapshotGzipBytes: 44 * 1024,
          appBytes: 2 * 2 ** 20 - 416 * 1024,
        },
        runs: [run(1_200), run(900), run(1_500)],
      },
    ],
  } satisfies OfflineBenchResult;
  const section = renderOfflineReport(result, "npm run bench:offline", "2026-11-24");
  assert.match(
    section,
    /\| article graph \| 48 \| 86 \| 6 \| 2\.0 MiB \| .* \| 416 KiB \| 44 KiB \| 2\.5 \| 900 \/ 1,200 \/ 1,500 \| 90 \/ 120 \/ 150 \| 60 \/ 60 \/ 60 \|/,
  );
  const doc = spliceNamedSection("# Benchmarks\n", "offline", section);
  assert.equal(spliceNamedSection(doc, "offline", section), doc);
});
