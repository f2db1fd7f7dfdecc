// Builds the explorer's HTTP app against a Neo4j connection, and starts it listening; returns how to reach and stop it.
import type { FastifyInstance } from "fastify";
import { createDriver } from "./db/driver.ts";
import { createGuardPool } from "./cypher/guard-pool.ts";
import { createAdhocSlots } from "./cypher/adhoc-slots.ts";
import type { Connection } from "./db/connection.ts";
import type { Driver } from "./db/driver-types.ts";
import { buildApp } from "./http/app.ts";
import { loadSavedQueries, savedQueriesDir } from "./saved-queries/index.ts";
import { createSchemaCache } from "./explore/schema-cache.ts";
import { createPerspectiveCache, type PerspectiveCache } from "./perspective/perspective-cache.ts";
import { formatProblem, readPerspectiveFile } from "./perspective/index.ts";
import type { AnswerCacheSettings } from "./http/answer-cache.ts";
import { openNoteStore } from "./notes/note-store.ts";
import { openLiveHub } from "./live/index.ts";
import { DEFAULT_PATH_BUDGET_MS } from "./explore/paths.ts";
import { createHubPages, type HubPageOptions } from "./explore/hub-pages.ts";

export interface ExplorerOptions {
  connection: Connection;
  /** Defaults to loopback: another address exposes the graph to the network. */
  host?: string;
  port: number;
  staticDir?: string;
  timeoutMs?: number;
  maxNodes?: number;
  logger?: boolean;
  /** Enables write requests (seed loader, admin use) for callers that present this token. */
  writeToken?: string;
  /** Folder of saved queries; defaults to graph/queries. Null: no saved queries (a graph folder without queries/). */
  queriesDir?: string | null;
  /** The graph folder given with `--graph DIR`: its perspective.json is read from there. */
  graphDir?: string;
  /** Origins allowed to frame the explorer (embed mode), besides its own. */
  embedOrigins?: readonly string[];
  /** API requests working against Neo4j at once (default 16); more wait in line. */
  apiConcurrency?: number;
  /** Ad-hoc Cypher transactions at once (default 1); a timed-out one holds its slot until Neo4j ends it. */
  adhocConcurrency?: number;
  /** The graph's perspective file (captions, colours, phrases); without one, a perspective is generated. */
  perspectiveFile?: string;
  /**
   * Keep read answers until the database version changes (every load and API write bumps it), and with a TTL for a
   * server others may write to. Off when absent: a caller writing behind the explorer's back sees its writes at once.
   */
  answerCache?: AnswerCacheSettings;
  /**
   * How long a path search may run before it answers with the routes found so far, marked truncated (default
   * DEFAULT_PATH_BUDGET_MS); null: no budget, each search runs to its end under the query timeout.
   */
  pathBudgetMs?: number | null;
  /** The budget applies to graphs with more relationships than this (default DEFAULT_BUDGET_ABOVE, 100,000). */
  pathBudgetAbove?: number;
  /** List the search indexes on every search rather than per database version (the benchmark's old way). */
  listIndexesEachSearch?: boolean;
  /** Read a node's detail in four queries and three round trips, as before they were one (the benchmark's old way). */
  nodeDetailInSteps?: boolean;
  /** False: a budgeted path search goes straight to maxHops, as before it deepened hop by hop (the benchmark's old way). */
  pathDeepening?: boolean;
  /** Order the first view's relationships by element id, as before they went by internal id (the benchmark's old way). */
  firstViewByElementId?: boolean;
  /**
   * Keep busy nodes' page order per database version (default {}: on, explore/hub-pages.ts). Null: every page sorts
   * all of the node's relationships, as before (the benchmark's old way).
   */
  hubPages?: HubPageOptions | null;
  /** The notes file (JSON lines, in the data folder); without one, notes are shown as none and adding one is refused. */
  notesFile?: string;
  /** The folder live sessions are kept in (the data folder), so a restart keeps them; without one, a restart ends them. */
  liveSessionsDir?: string;
}

export interface ExplorerAppOptions extends Omit<ExplorerOptions, "host" | "port"> {
  /** Run read-only guarded queries on worker threads (default true); off, they run in this process. */
  guardWorkers?: boolean;
}

/** The explorer's Fastify app, built but not listening: for a server, or for a command that calls it in-process. */
export interface ExplorerApp {
  app: FastifyInstance;
  driver: Driver;
  close: () => Promise<void>;
  /** Discovers the schema again (and so the perspective): for whoever loads data into the running explorer. */
  refreshSchema: () => Promise<void>;
  perspective: PerspectiveCache;
}

export interface RunningExplorer extends ExplorerApp {
  url: string;
}

export async function createExplorerApp(opts: ExplorerAppOptions): Promise<ExplorerApp> {
  const savedQueries = opts.queriesDir === null ? [] : await loadSavedQueries(opts.queriesDir ?? savedQueriesDir());
  const driver = createDriver(opts.connection);
  const guardPool = opts.guardWorkers === false ? undefined : createGuardPool(opts.connection);
  const read = { driver, database: opts.connection.database, timeoutMs: opts.timeoutMs ?? 5_000, guardPool };
  const adhoc = createAdhocSlots({
    driver,
    database: opts.connection.database,
    limit: opts.adhocConcurrency ?? 1,
    log: (line) => console.warn(line),
  });
  const schema = createSchemaCache(read);
  const perspectiveFile = opts.perspectiveFile ? await readPerspectiveFile(opts.perspectiveFile) : null;
  const perspective = createPerspectiveCache(schema, perspectiveFile);
  const notes = opts.notesFile ? await openNoteStore(opts.notesFile) : undefined;
  const live = opts.liveSessionsDir ? await openLiveHub(opts.liveSessionsDir) : undefined;
  const app = await buildApp({
    ctx: {
      read,
      limits: {
        maxNodes: opts.maxNodes ?? 5_000,
        timeoutMs: opts.timeoutMs ?? 5_000,
        pathBudgetMs: opts.pathBudgetMs === undefined ? DEFAULT_PATH_BUDGET_MS : opts.pathBudgetMs,
        ...(opts.pathBudgetAbove === undefined ? {} : { pathBudgetAbove: opts.pathBudgetAbove }),
      },
      writeToken: opts.writeToken,
      savedQueries,
      adhoc,
      schema,
      perspective,
      graphDir: opts.graphDir,
      notes,
      ...(opts.listIndexesEachSearch ? { listIndexesEachSearch: true } : {}),
      ...(opts.nodeDetailInSteps ? { nodeDetailInSteps: true } : {}),
      ...(opts.pathDeepening === false ? { pathDeepening: false } : {}),
      ...(opts.firstViewByElementId ? { firstViewByElementId: true } : {}),
      ...(opts.hubPages === null ? {} : { hubPages: createHubPages(opts.hubPages ?? {}) }),
    },
    staticDir: opts.staticDir,
    logger: opts.logger ?? false,
    embedOrigins: opts.embedOrigins,
    apiConcurrency: opts.apiConcurrency,
    answerCache: opts.answerCache,
    live,
  });
  return {
    app,
    driver,
    refreshSchema: async () => void (await schema.refresh()),
    perspective,
    close: async () => {
      await app.close();
      adhoc.close();
      await guardPool?.close();
      await driver.close();
      await notes?.close();
    },
  };
}

export async function startExplorer(opts: ExplorerOptions): Promise<RunningExplorer> {
  const explorer = await createExplorerApp(opts);
  const { app } = explorer;
  // Discovered at start, so the first page load finds it ready; a problem with the perspective file is said once here.
  void explorer.perspective.get().then(
    ({ problems }) => {
      if (problems.length === 0) return;
      console.warn(`The perspective file has problems; a generated perspective is used instead:`);
      for (const problem of problems) console.warn(`  ${formatProblem(problem)}`);
    },
    () => {},
  );
  const listenHost = opts.host ?? "127.0.0.1";
  await app.listen({ host: listenHost, port: opts.port });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  const host = listenHost.includes(":") ? `[${listenHost}]` : listenHost;
  return { ...explorer, url: `http://${host}:${port}/` };
}
