// `npm run bench:load`: mixed search / neighbours / paths / saved-query load with autocannon against a loopback server.
import { spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { loadEnv } from "../src/server/config/index.ts";
import { resolveConnection } from "../src/local-neo4j/resolve-connection.ts";
import { startExplorer } from "../src/server/run.ts";
import { runCli } from "./cli.ts";

const json = { "content-type": "application/json" };
/** One cycle of the mix; autocannon walks it in order on every connection. */
const MIX: autocannon.Request[] = [
  { method: "GET", path: "/api/search?q=jack" },
  { method: "GET", path: "/api/nodes/alibaba/neighbors?limit=50" },
  { method: "GET", path: "/api/paths?from=jack-ma&to=apple" },
  {
    method: "POST",
    path: "/api/queries/find-entity/run",
    headers: json,
    body: JSON.stringify({ params: { q: "アリババ", limit: 5 } }),
  },
  { method: "GET", path: `/api/search?q=${encodeURIComponent("通義千問")}` },
  { method: "GET", path: "/api/nodes/jack-ma/neighbors?direction=out" },
  { method: "GET", path: "/api/paths?from=joe-tsai&to=nvidia&k=5" },
  {
    method: "POST",
    path: "/api/queries/routes-between/run",
    headers: json,
    body: JSON.stringify({ params: { from: "jack-ma", to: "qwen" } }),
  },
];

/** The server runs in a process of its own, so the load generator never shares its event loop. */
async function serve(apiConcurrency: number | undefined): Promise<void> {
  const env = loadEnv();
  const explorer = await startExplorer({
    connection: await resolveConnection(env),
    port: 0,
    timeoutMs: env.QUERY_TIMEOUT_MS,
    maxNodes: env.RESULT_CAP,
    apiConcurrency,
  });
  console.log(JSON.stringify({ url: explorer.url }));
  process.once("SIGTERM", () => void explorer.close().then(() => process.exit(0)));
}

async function startServer(apiConcurrency: string | undefined): Promise<{ url: string; stop: () => void }> {
  const args = [
    "--import",
    "tsx",
    new URL(import.meta.url).pathname,
    "--serve",
    ...(apiConcurrency ? ["--api-concurrency", apiConcurrency] : []),
  ];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the bench server exited (${code})`)));
  });
  return { url: (JSON.parse(line) as { url: string }).url, stop: () => child.kill("SIGTERM") };
}

async function checkMix(url: string): Promise<void> {
  for (const r of MIX) {
    const res = await fetch(new URL(r.path!, url), {
      method: r.method,
      headers: r.headers as Record<string, string> | undefined,
      body: r.body as string | undefined,
    });
    if (res.status !== 200)
      throw new Error(`${r.method} ${r.path} answered ${res.status} before the run: ${await res.text()}`);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[], digits = 0) =>
  `${Math.min(...xs).toFixed(digits)} / ${median(xs).toFixed(digits)} / ${Math.max(...xs).toFixed(digits)}`;

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      serve: { type: "boolean", default: false },
      connections: { type: "string", default: "50,200" },
      duration: { type: "string", default: "30" },
      runs: { type: "string", default: "1" },
      url: { type: "string" },
      "api-concurrency": { type: "string" },
    },
  });
  if (values.serve) return serve(values["api-concurrency"] ? Number(values["api-concurrency"]) : undefined);
  const server = values.url ? { url: values.url, stop: () => {} } : await startServer(values["api-concurrency"]);
  let failed = false;
  try {
    await checkMix(server.url);
    console.log(
      `Mixed load on ${server.url}, API concurrency ${values["api-concurrency"] ?? "16 (default)"} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}); each cell is min / median / max over ${values.runs} run(s)\n`,
    );
    console.log(
      "| connections | duration | requests | req/s | p50 latency, ms | p99 latency, ms | errors | timeouts | non-2xx |",
    );
    console.log("|---|---|---|---|---|---|---|---|---|");
    for (const connections of values.connections.split(",").map(Number)) {
      const runs: autocannon.Result[] = [];
      for (let i = 0; i < Number(values.runs); i++) {
        runs.push(
          await autocannon({
            url: server.url,
            connections,
            duration: Number(values.duration),
            requests: MIX,
            timeout: 10,
          }),
        );
      }
      const bad = runs.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
      failed ||= bad > 0;
      const sum = (f: (r: autocannon.Result) => number) => runs.reduce((n, r) => n + f(r), 0);
      console.log(
        `| ${connections} | ${values.duration} s | ${sum((r) => r.requests.total)} | ${spread(runs.map((r) => r.requests.average))} | ${spread(runs.map((r) => r.latency.p50))} | ${spread(runs.map((r) => r.latency.p99))} | ${sum((r) => r.errors)} | ${sum((r) => r.timeouts)} | ${sum((r) => r.non2xx)} |`,
      );
    }
  } finally {
    server.stop();
  }
  if (failed) throw new Error("some requests failed (errors, timeouts or non-2xx answers): see the table");
});
