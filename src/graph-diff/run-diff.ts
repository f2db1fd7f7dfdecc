// `npm run diff -- A B`: find both versions, start one scratch Neo4j, load and read A, then (from empty) B, compare.
// Community edition has one user database, so the two versions take turns in it rather than two instances' memory.
import { createDriver } from "../server/db/driver.ts";
import type { GraphDiff } from "../shared/index.ts";
import { compareVersions } from "./compare.ts";
import { loadVersion } from "./load-version.ts";
import { LOADER_STAMPS, readVersion } from "./read-version.ts";
import { openScratch, type ScratchOptions } from "./scratch.ts";
import { resolveSource, type VersionSource } from "./source.ts";
import type { GraphVersion } from "./types.ts";

export interface RunDiffOptions extends ScratchOptions {
  cwd: string;
  /** The folder inside a git revision when the argument names none (`graph`). */
  path: string;
}

/** Wall-clock milliseconds of each step. */
export interface DiffTimings {
  start: number;
  loadA: number;
  readA: number;
  loadB: number;
  readB: number;
  compare: number;
  total: number;
}

export interface DiffRun {
  diff: GraphDiff;
  timings: DiffTimings;
}

export async function runDiff(
  a: string,
  b: string,
  options: RunDiffOptions,
  /** Told the scratch Neo4j's process id once it runs (the benchmark samples its memory). */
  onNeo4j?: (pid: number) => void,
): Promise<DiffRun> {
  const t0 = performance.now();
  const sources: VersionSource[] = [];
  try {
    sources.push(await resolveSource(a, options));
    sources.push(await resolveSource(b, options));
    const [sourceA, sourceB] = sources as [VersionSource, VersionSource];
    const log = options.log;
    log(`Starting a scratch Neo4j for the diff…`);
    const scratch = await openScratch(options);
    onNeo4j?.(scratch.pid);
    const tStart = performance.now();
    const driver = createDriver(scratch.connection);
    try {
      const marks: number[] = [];
      const versions: GraphVersion[] = [];
      for (const source of [sourceA, sourceB]) {
        log(`Loading ${source.label}…`);
        await loadVersion(driver, scratch.connection, source, options.root, log);
        marks.push(performance.now());
        const stamps = source.kind === "generated" ? LOADER_STAMPS : undefined;
        versions.push(await readVersion(driver, scratch.connection.database, source.label, stamps));
        marks.push(performance.now());
      }
      const diff = compareVersions(versions[0]!, versions[1]!);
      const tEnd = performance.now();
      const [loadedA, readA, loadedB, readB] = marks as [number, number, number, number];
      return {
        diff,
        timings: {
          start: tStart - t0,
          loadA: loadedA - tStart,
          readA: readA - loadedA,
          loadB: loadedB - readA,
          readB: readB - loadedB,
          compare: tEnd - readB,
          total: tEnd - t0,
        },
      };
    } finally {
      await driver.close();
      await scratch.close();
    }
  } finally {
    for (const source of sources) source.dispose();
  }
}
