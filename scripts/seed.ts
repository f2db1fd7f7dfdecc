// `npm run seed`: load graph/*.cypher (or the --file scripts, or a --graph folder into its own bundled Neo4j) into
// Neo4j as one load that either completes or leaves the database as it was (see graph/README.md).
import { join, relative, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { loadEnv, type Env } from "../src/server/config/index.ts";
import type { Connection } from "../src/server/db/connection.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { resolveConnection, usesRemote } from "../src/local-neo4j/resolve-connection.ts";
import { statusLocal, storeIsNew, type LocalNeo4jOptions } from "../src/local-neo4j/index.ts";
import {
  formatFileReport,
  formatOutcome,
  formatReset,
  formatSeedSummary,
  listSeedFiles,
  loadGraphFolder,
  readGraphFolder,
  seedFiles,
  SeedError,
} from "../src/seed/index.ts";
import { runCli } from "./cli.ts";
import { seedBulk, seedBulkBeforeStart } from "./seed-bulk.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { openGraphInstance } from "../src/local-neo4j/graph-instance.ts";
import { spawnSchemaGuard } from "../src/seed/schema-guard.ts";

const USAGE = `usage: npm run seed -- [--file PATH]... [--reset [--yes] [--drop-schema]]
       npm run seed -- --bulk DIR [--batch-size N] [--unwind] [--reset [--yes] [--drop-schema]]
       npm run seed -- --graph DIR
  --graph DIR    reload a graph folder (DIR/*.cypher) into its own bundled Neo4j, from empty, and index its names
  (no --file)    load graph/*.cypher in file-name order
  --file PATH    load these files instead, in the order given (repeatable)
  --reset        replace the graph: delete every node and relationship in the load's own transaction (asks, or needs --yes)
  --yes          confirm --reset without asking
  --drop-schema  with --reset: also drop all constraints and indexes
  --bulk DIR     load a data set written by \`npm run generate\`: into a fresh bundled Neo4j with Neo4j's offline
                 importer (Neo4j is stopped for it, or, with no database yet, started after it), else with batched
                 UNWIND (see graph/README.md)
  --batch-size N with --bulk: rows per UNWIND transaction
  --unwind       with --bulk: use batched UNWIND even where the importer could be used`;

function parse() {
  try {
    return parseArgs({
      options: {
        file: { type: "string", multiple: true },
        bulk: { type: "string" },
        graph: { type: "string" },
        "batch-size": { type: "string" },
        reset: { type: "boolean", default: false },
        yes: { type: "boolean", short: "y", default: false },
        "drop-schema": { type: "boolean", default: false },
        unwind: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (err) {
    console.error(`error: ${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

async function confirmReset(conn: Connection, yes: boolean): Promise<boolean> {
  if (yes) return true;
  const target = `database '${conn.database}' at ${conn.uri}`;
  if (!process.stdin.isTTY) {
    console.error(
      `error: --reset deletes every node and relationship in ${target}; add --yes to confirm (stdin is not a terminal, so I cannot ask).`,
    );
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`Delete every node and relationship in ${target}? [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** The running bundled Neo4j as `npm run neo4j:start` starts it, on the port it runs on now. */
function localOptions(env: Env): LocalNeo4jOptions {
  const base = { root: projectRoot(), dataDir: env.NEO4J_DATA_DIR };
  return {
    ...base,
    port: statusLocal(base).state?.port ?? env.NEO4J_LOCAL_PORT,
    heap: env.NEO4J_HEAP,
    pagecache: env.NEO4J_PAGECACHE,
    classDataSharing: true,
    log: console.log,
  };
}

function printFailure(err: SeedError): void {
  console.error(`error: ${err.message}`);
  console.error(formatOutcome(err.failure));
}

await runCli(async () => {
  const args = parse();
  if (args.help) return console.log(USAGE);
  if (args["drop-schema"] && !args.reset) {
    console.error(`error: --drop-schema only makes sense with --reset\n${USAGE}`);
    process.exitCode = 2;
    return;
  }

  if (args.graph !== undefined) {
    if (args.file || args.bulk !== undefined || args.reset)
      throw new BadRequestError(
        `--graph cannot be combined with --file, --bulk or --reset (it always reloads)\n${USAGE}`,
      );
    // Checked before Neo4j starts: a missing folder, or one without scripts, touches nothing.
    const folder = await readGraphFolder(args.graph);
    const env = loadEnv();
    const instance = await openGraphInstance(env, projectRoot(), folder.dir, console.log);
    try {
      console.log(
        `Seeding the Neo4j of ${folder.dir} at ${instance.connection.uri} (data in ${instance.options.dataDir})`,
      );
      const report = await loadGraphFolder(instance.connection, folder, { force: true, log: console.log });
      if (report.files.length > 1) console.log(`total: ${report.summary}`);
    } catch (err) {
      if (!(err instanceof SeedError)) throw err;
      printFailure(err);
      process.exitCode = 1;
    } finally {
      await instance.release();
    }
    return;
  }

  if (args.bulk !== undefined) {
    if (args.file) throw new BadRequestError(`--bulk and --file cannot be combined\n${USAGE}`);
    const env = loadEnv();
    // A bundled Neo4j that is not running and has never had this database: its store is written before its first
    // start (no stop, one start), and there is nothing --reset could delete.
    if (!usesRemote(env) && !args.unwind) {
      const local = localOptions(env);
      if (!statusLocal(local).running && storeIsNew(local, env.NEO4J_DATABASE))
        return seedBulkBeforeStart(args.bulk, env.NEO4J_DATABASE, local);
    }
    const conn = await resolveConnection(env);
    if (args.reset && !(await confirmReset(conn, args.yes))) return void (process.exitCode = 1);
    return seedBulk(conn, {
      dir: args.bulk,
      batchSize: args["batch-size"],
      reset: args.reset,
      dropSchema: args["drop-schema"],
      local: usesRemote(env) ? undefined : localOptions(env),
      unwind: args.unwind,
    });
  }

  const cwd = process.cwd();
  const graphDir = join(projectRoot(), "graph");
  const files = args.file?.map((f) => resolve(cwd, f)) ?? (await listSeedFiles(graphDir));
  if (files.length === 0 && !args.reset) {
    console.error(`error: no *.cypher files in ${relative(cwd, graphDir) || "."}; pass --file PATH to load others.`);
    process.exitCode = 1;
    return;
  }

  const conn = await resolveConnection(loadEnv());
  if (args.reset && !(await confirmReset(conn, args.yes))) {
    if (process.stdin.isTTY) console.error("Nothing was changed.");
    process.exitCode = 1;
    return;
  }

  const driver = createDriver(conn);
  try {
    console.log(`Seeding database '${conn.database}' at ${conn.uri}`);
    const report = await seedFiles(driver, conn.database, files, {
      relativeTo: cwd,
      reset: args.reset && { dropSchema: args["drop-schema"] },
      onReset: (r) => console.log(formatReset(r)),
      onFile: (r) => console.log(formatFileReport(r)),
      schemaGuard: spawnSchemaGuard(conn, projectRoot()),
    });
    if (report.files.length > 1) console.log(`total: ${formatSeedSummary(report)}`);
  } catch (err) {
    if (!(err instanceof SeedError)) throw err;
    printFailure(err);
    process.exitCode = 1;
  } finally {
    await driver.close();
  }
});
