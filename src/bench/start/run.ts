// Times `npm start` from the command to its "Explorer ready" line, with the article's data present and Neo4j not
// running, for two checkouts in turn (HEAD and the old way), run after run.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { checkoutCommit } from "./checkout.ts";
import { load1 } from "../machine.ts";
import { stopLocal } from "../../local-neo4j/index.ts";

export interface StartBenchOptions {
  root: string;
  workDir: string;
  against: string;
  runs: number;
  /** Seconds one start may take before the run is given up. */
  timeoutS: number;
  /** HEAD's Neo4j Bolt port (the old way's is 2 above) and explorer port (the old way's is 1 above). */
  neo4jPort: number;
  port: number;
  log: (line: string) => void;
}

export interface StartTimes {
  commit: string;
  /** Seconds from spawning the command to its ready line, one per run. */
  secs: number[];
}

export interface StartBenchResult {
  head: StartTimes;
  against: StartTimes;
  load1: { start: number; end: number };
}

/** One `npm start` (its script, under tsx, as npm runs it) until ready; then Ctrl-C, and its Neo4j stopped. */
async function timeStart(dir: string, env: NodeJS.ProcessEnv, timeoutS: number): Promise<number> {
  const secs = await new Promise<number>((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(join(dir, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
      cwd: dir,
      env,
      detached: true,
    });
    // Ctrl-C to npm start's own process, which hands it to the script's.
    const interrupt = () => child.kill("SIGINT");
    let out = "";
    let ready = 0;
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
      reject(new Error(`npm start in ${dir} was not ready within ${timeoutS} s. Output:\n${out.slice(-2000)}`));
    }, timeoutS * 1000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (!ready && out.includes("Explorer ready")) {
        ready = (performance.now() - t0) / 1000;
        // A start that reused a running Neo4j measured nothing this benchmark is about.
        if (!out.includes("Started local Neo4j")) {
          interrupt();
          reject(new Error(`npm start in ${dir} did not start its Neo4j (one was running):\n${out.slice(-2000)}`));
          return;
        }
        interrupt();
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (ready) resolve(ready);
      else
        reject(new Error(`npm start in ${dir} exited (${code ?? signal}) before it was ready:\n${out.slice(-2000)}`));
    });
  });
  // The next start must find no Neo4j to reuse. Ctrl-C stops the one npm start started; should a start have left it
  // running (its own shutdown cut short), it is stopped here, and that stop is not timed.
  await stopLocal({ root: dir, dataDir: env.NEO4J_DATA_DIR ?? "" });
  return secs;
}

export async function runStartBench(o: StartBenchOptions): Promise<StartBenchResult> {
  const loadStart = load1();
  const ways = [
    { name: "head", ref: "HEAD" },
    { name: "against", ref: o.against },
  ] as const;
  const checkouts = await Promise.all(ways.map((w) => checkoutCommit(o.root, w.ref, join(o.workDir, w.name))));
  const envOf = (i: number): NodeJS.ProcessEnv => ({
    ...process.env,
    NEO4J_URI: "",
    // Each way its own data folder and ports, so neither reuses the other's Neo4j or reloads the other's graph.
    NEO4J_DATA_DIR: join(o.workDir, `data-${ways[i]!.name}`),
    NEO4J_LOCAL_PORT: String(o.neo4jPort + i * 2),
    PORT: String(o.port + i),
  });
  // Not counted: the first start of each builds its client, creates its database and loads the article.
  for (const [i, c] of checkouts.entries()) {
    o.log(`Warming up ${ways[i]!.name} (${c.commit}): client build, database, article load…`);
    await timeStart(c.dir, envOf(i), o.timeoutS * 10);
  }
  const secs: number[][] = [[], []];
  for (let r = 0; r < o.runs; r++) {
    for (const [i, c] of checkouts.entries()) {
      const s = await timeStart(c.dir, envOf(i), o.timeoutS);
      secs[i]!.push(s);
      o.log(`run ${r + 1}/${o.runs} ${ways[i]!.name} (${c.commit}): ${s.toFixed(2)} s`);
    }
  }
  return {
    head: { commit: checkouts[0]!.commit, secs: secs[0]! },
    against: { commit: checkouts[1]!.commit, secs: secs[1]! },
    load1: { start: loadStart, end: load1() },
  };
}
