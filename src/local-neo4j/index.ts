// The bundled local Neo4j: start (fetching jars once), stop and status, as a small actions object.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LocalNeo4jError } from "./errors.ts";
import type { Connection } from "../server/db/connection.ts";
import type { LocalNeo4jOptions, LocalState, LocalStatus } from "./types.ts";
import { instancePaths, type InstancePaths } from "./paths.ts";
import { requireJava17 } from "./java.ts";
import { ensureJars, pinnedVersion } from "./jars.ts";
import { renderConf } from "./conf.ts";
import { findFreePort, isPortFree, portHolder } from "./ports.ts";
import { spawnNeo4j, stopPid } from "./process.ts";
import { classDataSharing, promoteArchive } from "./class-data-sharing.ts";
import { fetchedClasspath, neo4jClasspath } from "./classpath.ts";
import { clearState, liveState, writeState } from "./state.ts";
import { ensurePassword, readPassword, LOCAL_USER } from "./password.ts";
import { waitForOnline, waitForPort } from "./readiness.ts";
import { preloadDriver } from "./bolt-driver.ts";
import { importStore, type ImportInput, type ImportOutcome, type ImporterJvm } from "./import-tool.ts";

export type { LocalNeo4jOptions, LocalState, LocalStatus } from "./types.ts";
export type { ImportInput, ImportOutcome } from "./import-tool.ts";

const START_TIMEOUT_MS = 120_000;

function pathsOf(opts: Pick<LocalNeo4jOptions, "root" | "dataDir">) {
  return instancePaths(opts.root, opts.dataDir, pinnedVersion(instancePaths(opts.root, opts.dataDir, "").pom));
}

async function choosePort(preferred: number, log: (l: string) => void): Promise<number> {
  if (await isPortFree(preferred)) return preferred;
  const port = await findFreePort(preferred + 1);
  const holder = portHolder(preferred);
  log(`Port ${preferred} is taken${holder ? ` by ${holder}` : ""}; the local Neo4j uses port ${port} instead.`);
  return port;
}

/** The jars as fetched (the old way, for benchmarks) or with the unsigned copies: the server and importer alike. */
const classpathOf = (opts: LocalNeo4jOptions, paths: InstancePaths) =>
  opts.jarsAsFetched ? fetchedClasspath(paths) : neo4jClasspath(paths);

/** Stops a running instance; a JVM that exits on its own has written its whole archive, so the next start maps it. */
async function stopKeepingArchive(state: LocalState): Promise<void> {
  if ((await stopPid(state.pid)) && state.archivePart) promoteArchive(state.archivePart);
}

/** Starts the instance, or returns the one already running from this data folder (started: false). */
export async function startLocal(opts: LocalNeo4jOptions): Promise<{ state: LocalState; started: boolean }> {
  const log = opts.log ?? (() => {});
  const paths = pathsOf(opts);
  const running = liveState(paths);
  if (running) return { state: running, started: false };
  const java = requireJava17(paths.javaCheck);
  ensureJars(paths, log);
  mkdirSync(paths.conf, { recursive: true });
  const port = await choosePort(opts.port, log);
  writeFileSync(`${paths.conf}/neo4j.conf`, renderConf({ port, pagecache: opts.pagecache, settings: opts.settings }));
  const version = pinnedVersion(paths.pom);
  const classpath = classpathOf(opts, paths);
  const cds = opts.classDataSharing
    ? classDataSharing(paths, version, java.version, { classpathTag: classpath.tag })
    : { args: [] };
  const pid = spawnNeo4j(paths, opts.heap, classpath.value, [...cds.args, ...(opts.jvmOptions ?? [])]);
  preloadDriver();
  const uri = `bolt://127.0.0.1:${port}`;
  const state: LocalState = { pid, port, uri, version, startedAt: new Date().toISOString() };
  if (cds.writing) state.archivePart = cds.writing;
  writeState(paths, state);
  try {
    await waitForPort(paths, pid, port, START_TIMEOUT_MS);
    const password = await ensurePassword(paths, uri);
    await waitForOnline(uri, password, "neo4j", START_TIMEOUT_MS, opts.readinessByStatusQuery);
  } catch (error) {
    await stopPid(pid, 10_000);
    // The archive of a start that failed holds only what it loaded before failing: not one to share.
    if (cds.writing) rmSync(cds.writing, { force: true });
    clearState(paths);
    throw error;
  }
  return { state: { ...state, startedAt: new Date().toISOString() }, started: true };
}

export async function stopLocal(opts: Pick<LocalNeo4jOptions, "root" | "dataDir">): Promise<LocalState | undefined> {
  const paths = pathsOf(opts);
  const state = liveState(paths);
  if (state) await stopKeepingArchive(state);
  clearState(paths);
  return state;
}

export function statusLocal(opts: Pick<LocalNeo4jOptions, "root" | "dataDir">): LocalStatus {
  const paths = pathsOf(opts);
  const state = liveState(paths);
  return state ? { running: true, state, dataDir: paths.dir } : { running: false, dataDir: paths.dir };
}

/** Bolt URI and credentials of the running instance; the password never leaves the server side. */
export function localConnection(opts: Pick<LocalNeo4jOptions, "root" | "dataDir">, database = "neo4j"): Connection {
  const paths = pathsOf(opts);
  const state = liveState(paths);
  const password = readPassword(paths);
  if (!state || !password) {
    throw new LocalNeo4jError(
      `The local Neo4j (${paths.dir}) is not running. Start it with \`npm run neo4j:start\`, or set NEO4J_URI.`,
    );
  }
  return { uri: state.uri, username: LOCAL_USER, password, database };
}

export interface OfflineImportReport extends ImportOutcome {
  /** Wall-clock milliseconds of stopping Neo4j, the importer's run, and starting Neo4j again. */
  ms: { stop: number; import: number; start: number };
  state: LocalState;
}

/** The database has no store yet: this data folder's Neo4j never created it (never started, or never with it). */
export function storeIsNew(opts: Pick<LocalNeo4jOptions, "root" | "dataDir">, database: string): boolean {
  const paths = pathsOf(opts);
  return !existsSync(join(paths.home, "data", "databases", database));
}

/**
 * Writes the database's store with Neo4j's offline importer and starts Neo4j on it. A running instance is stopped
 * first and, when the import fails (the old store is then back in place), started again on the same port; one that
 * was not running is not started on a failure, so everything is as it was.
 */
export async function importOffline(opts: LocalNeo4jOptions, input: ImportInput): Promise<OfflineImportReport> {
  const paths = pathsOf(opts);
  const java = requireJava17(paths.javaCheck);
  ensureJars(paths, opts.log ?? (() => {}));
  // The importer runs the server's jars, and like the server maps an archive of the classes it loads (its own).
  const classpath = classpathOf(opts, paths);
  const sharing =
    opts.classDataSharing && opts.importerClassDataSharing !== false
      ? classDataSharing(paths, pinnedVersion(paths.pom), java.version, {
          program: "neo4j-admin",
          classpathTag: classpath.tag,
        })
      : { args: [] };
  const jvm: ImporterJvm = { classpath: classpath.value, options: sharing.args, writing: sharing.writing };
  const t0 = performance.now();
  const running = liveState(paths);
  if (running) await stopKeepingArchive(running);
  // A data folder Neo4j never started in has no settings yet; the importer reads them (its folders) from there too.
  else if (!existsSync(join(paths.conf, "neo4j.conf"))) {
    mkdirSync(paths.conf, { recursive: true });
    writeFileSync(
      join(paths.conf, "neo4j.conf"),
      renderConf({ port: opts.port, pagecache: opts.pagecache, settings: opts.settings }),
    );
  }
  clearState(paths);
  const t1 = performance.now();
  const restart = () => startLocal({ ...opts, port: running?.port ?? opts.port });
  let outcome: ImportOutcome;
  try {
    outcome = await importStore(paths, input, jvm);
  } catch (err) {
    // The old store is back: Neo4j goes on as before, and the import's own error is the one reported.
    if (running)
      await restart().catch((startErr: unknown) => opts.log?.(`Neo4j did not start again: ${String(startErr)}`));
    throw err;
  }
  const t2 = performance.now();
  const { state } = await restart();
  return { ...outcome, state, ms: { stop: t1 - t0, import: t2 - t1, start: performance.now() - t2 } };
}
