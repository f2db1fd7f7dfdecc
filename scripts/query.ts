// `npm run query`: run a saved query from graph/queries/ (or a `--graph DIR` folder's queries/, against that graph's
// own bundled Neo4j) and print it as a table, JSON or CSV; `--list` shows them all.
// The query runs through the API's own route (POST /api/queries/:name/run), in-process: the same validation, guard,
// limits and mapping as the page's.
import { parseArgs } from "node:util";
import { loadEnv } from "../src/server/config/index.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { AppError, BadRequestError } from "../src/server/errors.ts";
import { createExplorerApp } from "../src/server/run.ts";
import {
  coerceParams,
  findSavedQuery,
  formatCsv,
  formatList,
  formatSummary,
  formatTable,
  loadSavedQueries,
  savedQueriesDir,
} from "../src/server/saved-queries/index.ts";
import { ApiErrorSchema, GraphPayloadSchema, type GraphPayload } from "../src/shared/index.ts";
import { runCli } from "./cli.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { openGraphInstance, refuseRemoteGraph } from "../src/local-neo4j/graph-instance.ts";
import { loadGraphFolder, readGraphFolder } from "../src/seed/index.ts";

const FORMATS = ["table", "json", "csv"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: npm run query -- <name> [--param NAME=VALUE]... [--format table|json|csv]
       npm run query -- --list
  --graph DIR        the saved queries of a graph folder (DIR/queries), run against that graph (see README)
  --list             list the saved queries with their parameters
  --param, -p        a parameter as NAME=VALUE (repeatable); missing ones take their defaults
  --format, -f       table (default), json (the full graph payload) or csv
  --max-rows N       stop after N rows (default 1000)
  --timeout-ms N     give up after N milliseconds (default 30000)`;

function usageError(message: string): never {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        list: { type: "boolean", default: false },
        graph: { type: "string" },
        param: { type: "string", short: "p", multiple: true, default: [] },
        format: { type: "string", short: "f", default: "table" },
        "max-rows": { type: "string", default: "1000" },
        "timeout-ms": { type: "string", default: "30000" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    return usageError((err as Error).message);
  }
}

function positiveInt(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) usageError(`--${flag} must be a whole number above 0, got '${text}'`);
  return n;
}

/** NAME=VALUE pairs; only the first '=' splits, so values may contain '='. */
function rawParams(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new BadRequestError(`--param '${pair}' is not NAME=VALUE`, { param: pair });
    const name = pair.slice(0, at).trim();
    if (name in out) throw new BadRequestError(`--param '${name}' given twice`, { param: name });
    out[name] = pair.slice(at + 1);
  }
  return out;
}

/** The API's answer: the payload, or its error (message and code) as the typed error the command line prints. */
async function runThroughApi(
  app: Awaited<ReturnType<typeof createExplorerApp>>["app"],
  name: string,
  params: Record<string, string>,
): Promise<GraphPayload> {
  const res = await app.inject({
    method: "POST",
    url: `/api/queries/${encodeURIComponent(name)}/run`,
    payload: { params },
  });
  if (res.statusCode === 200) return GraphPayloadSchema.parse(res.json());
  const error = ApiErrorSchema.safeParse(res.json());
  if (!error.success) throw new AppError("internal", `the API answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
  throw new AppError(error.data.error, error.data.message, error.data.details);
}

await runCli(async () => {
  const { values: args, positionals } = parse();
  if (args.help) return console.log(USAGE);
  const format = args.format as Format;
  if (!FORMATS.includes(format)) usageError(`--format must be one of ${FORMATS.join(", ")}, got '${args.format}'`);
  const maxRows = positiveInt("max-rows", args["max-rows"]);
  const timeoutMs = positiveInt("timeout-ms", args["timeout-ms"]);

  const folder = args.graph ? await readGraphFolder(args.graph) : undefined;
  const env = loadEnv();
  if (folder) refuseRemoteGraph(env);
  const queriesDir = folder ? folder.queriesDir : savedQueriesDir();
  const queries = queriesDir ? await loadSavedQueries(queriesDir) : [];
  if (args.list)
    return console.log(queries.length ? formatList(queries) : `No saved queries (no ${folder?.dir}/queries).`);
  const [name, ...extra] = positionals;
  if (!name) usageError("name a saved query, or pass --list");
  if (extra.length)
    usageError(
      `one query at a time; unexpected ${extra.map((e) => `'${e}'`).join(" ")} (parameters go in --param NAME=VALUE)`,
    );

  const query = findSavedQuery(queries, name);
  const raw = rawParams(args.param);
  // Checked before connecting, so a typo in a parameter fails fast even when Neo4j is down.
  coerceParams(query, raw);

  // A graph folder's own Neo4j, loaded when its scripts changed; progress goes to stderr, away from the output.
  const log = (line: string) => console.error(line);
  const instance = folder ? await openGraphInstance(env, projectRoot(), folder.dir, log) : undefined;
  if (instance && folder) await loadGraphFolder(instance.connection, folder, { force: false, log });
  // No worker threads for one query: it runs in this process, as the server runs write-mode queries.
  const explorer = await createExplorerApp({
    connection: instance?.connection ?? (await resolveConnection(env)),
    timeoutMs,
    maxNodes: maxRows,
    guardWorkers: false,
    ...(folder ? { queriesDir: folder.queriesDir ?? null, graphDir: folder.dir } : {}),
  });
  try {
    const payload = await runThroughApi(explorer.app, query.name, raw);
    if (format === "json") process.stdout.write(`${JSON.stringify(payload, null, 2)}\n`);
    else if (format === "csv") process.stdout.write(formatCsv(payload));
    else console.log(`${query.title}\n\n${formatTable(payload)}\n\n${formatSummary(payload)}`);
    if (format !== "table" && (payload.summary.capped || payload.summary.timedOut))
      console.error(`warning: ${formatSummary(payload)}`);
  } finally {
    await explorer.close();
    await instance?.release();
  }
});
