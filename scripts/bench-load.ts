// `npm run bench:load`: mixed search / neighbours / paths / saved-query load with autocannon against loopback servers
// of this build, one with the answer cache off and one with it on, runs alternating, in one run.
import { spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { createInterface } from "node:readline";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { loadEnv } from "../src/server/config/index.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { startExplorer } from "../src/server/run.ts";
import { answerCacheSettings } from "../src/server/config/answer-cache.ts";
import {
  badCount,
  CACHE_MODES,
  COMPARED,
  MIX,
  NODE_MIX,
  ratioLine,
  TABLE_HEAD,
  tableRow,
  type CacheMode,
  type ModeRuns,
} from "../src/bench/api-load.ts";
import { benchArgs, flagOption, numberListOption, numberOption, textOption } from "../src/bench/cli-options.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { startPrivateGraph } from "../src/bench/private-graph.ts";
import { loadFigures } from "../src/bench/summary/part-figures.ts";
import { recordFigures } from "../src/bench/summary/record.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { runCli } from "./cli.ts";

const PRIVATE_DATA_DIR = ".data/neo4j-bench-load";

/** The server runs in a process of its own, so the load generator never shares its event loop. */
async function serve(apiConcurrency: number | undefined, mode: CacheMode): Promise<void> {
  const env = loadEnv({ ...process.env, API_CACHE: "on" });
  const explorer = await startExplorer({
    connection: await resolveConnection(env),
    port: 0,
    timeoutMs: env.QUERY_TIMEOUT_MS,
    maxNodes: env.RESULT_CAP,
    apiConcurrency,
    ...(mode === "on" ? { answerCache: answerCacheSettings(env) } : {}),
    ...(mode === "off-steps" ? { nodeDetailInSteps: true } : {}),
  });
  console.log(JSON.stringify({ url: explorer.url }));
  // Keep-alive sockets of the load generator would hold a graceful close for up to 72 s.
  process.once("SIGTERM", () => {
    explorer.app.server.closeAllConnections();
    const late = new Promise((resolve) => setTimeout(resolve, 2_000).unref());
    void Promise.race([explorer.close(), late]).finally(() => process.exit(0));
  });
}

async function startServer(
  apiConcurrency: number | undefined,
  mode: CacheMode,
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; stop: () => void }> {
  const args = [
    "--import",
    "tsx",
    new URL(import.meta.url).pathname,
    "--serve",
    "--cache",
    mode,
    ...(apiConcurrency ? ["--api-concurrency", String(apiConcurrency)] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"], env });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the bench server exited (${code})`)));
  });
  return { url: (JSON.parse(line) as { url: string }).url, stop: () => child.kill("SIGTERM") };
}

/** Every request answers 200, and the same answer from every server (a cache must not change an answer but timings). */
async function checkMix(urls: string[], mix: autocannon.Request[]): Promise<void> {
  for (const r of mix) {
    const answers: unknown[] = [];
    for (const url of urls) {
      const res = await fetch(new URL(r.path!, url), {
        method: r.method,
        headers: r.headers as Record<string, string> | undefined,
        body: r.body as string | undefined,
      });
      if (res.status !== 200)
        throw new Error(`${r.method} ${r.path} answered ${res.status} before the run: ${await res.text()}`);
      // Timings differ from one computation to the next; a cached answer keeps those of the one that made it.
      answers.push(JSON.parse(await res.text(), (k, v: unknown) => (k === "resultAvailableAfterMs" ? 0 : v)));
    }
    if (!answers.every((a) => isDeepStrictEqual(a, answers[0])))
      throw new Error(`${r.method} ${r.path} answered differently from one server to another`);
  }
}

await runCli(async () => {
  const args = benchArgs({
    script: "bench:load",
    about:
      "Needs the explorer's Neo4j with the article graph (npm run neo4j:start && npm run seed, or NEO4J_URI/USERNAME/PASSWORD),\nor --port for a private one.",
    options: {
      serve: flagOption({ help: "(internal) run one bench server and print its address" }),
      cache: textOption("off,on", {
        help: "server modes to compare: off, on, off-steps (cache off, node detail in three round trips), or a list",
      }),
      mix: textOption("mixed", { help: "requests: mixed (eight article requests) or node (GET /api/nodes/jack-ma)" }),
      connections: numberListOption("50", { help: "concurrent connections (a list: one table row each)" }),
      duration: numberOption("20", { whole: false, help: "seconds of load per run" }),
      runs: numberOption("1"),
      url: textOption(undefined, { hint: "URL", help: "load this running explorer instead of starting servers" }),
      "api-concurrency": numberOption(undefined, { hint: "N", help: "the servers' API concurrency (default 16)" }),
      port: numberOption(undefined, {
        hint: "P",
        help: "seed the article graph into a private Neo4j on this Bolt port (.data/neo4j-bench-load; created, used,\ndeleted) instead of reading the explorer's own",
      }),
    },
  });
  if (!args) return;
  const values = args.values;
  const modes = values.cache.split(",").map((m) => {
    if (!(CACHE_MODES as readonly string[]).includes(m))
      throw new BadRequestError(`--cache takes a list of ${CACHE_MODES.join(", ")} (got ${m})\n${args.usage}`);
    return m as CacheMode;
  });
  if (values.mix !== "mixed" && values.mix !== "node")
    throw new BadRequestError(`--mix takes mixed or node (got ${values.mix})\n${args.usage}`);
  const mix = values.mix === "node" ? NODE_MIX : MIX;
  if (values.serve) return serve(values["api-concurrency"], modes[0]!);
  const servers = new Map<CacheMode | "given", { url: string; stop: () => void }>();
  let failed = false;
  const results: ModeRuns[] = [];
  const root = projectRoot();
  const privateGraph =
    values.port === undefined || values.url
      ? null
      : await startPrivateGraph({
          root,
          dataDir: PRIVATE_DATA_DIR,
          port: values.port,
          data: { kind: "article" },
          log: console.log,
        });
  // The servers read the private Neo4j as a local one (its data folder), so the answer cache works as with npm start.
  const serverEnv = privateGraph ? { ...process.env, NEO4J_DATA_DIR: PRIVATE_DATA_DIR } : process.env;
  try {
    if (values.url) servers.set("given", { url: values.url, stop: () => {} });
    else for (const mode of modes) servers.set(mode, await startServer(values["api-concurrency"], mode, serverEnv));
    await checkMix(
      [...servers.values()].map((s) => s.url),
      mix,
    );
    console.log(
      `Mixed load, API concurrency ${values["api-concurrency"] ?? "16 (default)"} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}); each cell is min / median / max over ${values.runs} run(s), the modes' runs alternating\n`,
    );
    for (const connections of values.connections) {
      const rows = [...servers.keys()].map((mode) => ({
        connections,
        mode: (mode === "given" ? "on" : mode) as CacheMode,
        runs: [] as autocannon.Result[],
      }));
      for (let i = 0; i < values.runs; i++) {
        for (const [j, server] of [...servers.values()].entries()) {
          rows[j]!.runs.push(
            await autocannon({
              url: server.url,
              connections,
              duration: values.duration,
              requests: mix,
              timeout: 10,
            }),
          );
        }
      }
      results.push(...rows);
    }
    console.log(TABLE_HEAD.join("\n"));
    for (const row of results) {
      failed ||= badCount(row.runs) > 0;
      console.log(tableRow(row, String(values.duration)));
    }
    console.log();
    for (const [oldMode, newMode] of COMPARED)
      for (const off of results.filter((r) => r.mode === oldMode)) {
        const on = results.find((r) => r.mode === newMode && r.connections === off.connections);
        if (on) console.log(ratioLine(off, on));
      }
  } finally {
    for (const server of servers.values()) server.stop();
    await privateGraph?.close();
  }
  recordFigures(loadFigures(results));
  if (failed) throw new Error("some requests failed (errors, timeouts or non-2xx answers): see the table");
});
