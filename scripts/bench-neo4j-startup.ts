// `npm run bench:neo4j-startup`: cold and warm start-up time and memory of the bundled Neo4j, as Markdown rows.
import { readFileSync, rmSync } from "node:fs";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { localConnection, startLocal, stopLocal } from "../src/local-neo4j/index.ts";
import { createDriver } from "../src/server/db/driver.ts";
import { benchArgs, numberOption, textOption } from "../src/bench/cli-options.ts";
import { runCli } from "./cli.ts";

const rssMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[0]!.toFixed(1)} / ${s[Math.floor(s.length / 2)]!.toFixed(1)} / ${s[s.length - 1]!.toFixed(1)}`;
};

/** The kind of query `npm start` asks first: the article's :Source node. */
const FIRST_QUERY = "MATCH (s:Source) RETURN s.id AS id, s.complete AS complete LIMIT 5";

await runCli(async () => {
  const args = benchArgs({
    script: "bench:neo4j-startup",
    about: "Starts and stops the bundled Neo4j in .data/neo4j-bench (on --port), removed afterwards.",
    options: {
      runs: numberOption("3"),
      port: numberOption("7707", { help: "Bolt port of the instance" }),
      settings: textOption("", {
        help: "neo4j.conf lines to try (key=value, comma-separated): adds a warm kind with them, alternating",
      }),
    },
  });
  if (!args) return;
  const { runs, port } = args.values;
  const settings = args.values.settings
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const env = loadEnv({ ...process.env, NEO4J_URI: "" });
  const opts = {
    root: projectRoot(),
    dataDir: ".data/neo4j-bench",
    port,
    heap: env.NEO4J_HEAP,
    pagecache: env.NEO4J_PAGECACHE,
  };
  // Warm starts with JVM class-data sharing (the default) and without it, with readiness by an empty transaction (the
  // default) and by SHOW DATABASE, with the signed jars replaced by unsigned copies (the default) and as fetched, and
  // with --settings if given, alternating in one run. The first start of each classpath writes the archive the
  // shared starts map; it answers the explorer's first query too, as `npm start`'s first session would.
  const SETTINGS = `warm, class-data sharing, with ${settings.join(" ")}`;
  const kinds = [
    "cold",
    "warm, no class-data sharing",
    "warm, class-data sharing, ready by SHOW DATABASE, jars as fetched",
    "warm, class-data sharing, jars as fetched",
    "warm, class-data sharing",
    ...(settings.length ? [SETTINGS] : []),
  ];
  const result = Object.fromEntries(
    kinds.map((k) => [k, { secs: [] as number[], first: [] as number[], rss: [] as number[] }]),
  ) as Record<string, { secs: number[]; first: number[]; rss: number[] }>;
  const variant = (kind: string) => ({
    ...opts,
    classDataSharing: kind !== "warm, no class-data sharing",
    readinessByStatusQuery: kind.includes("SHOW DATABASE"),
    jarsAsFetched: kind.includes("jars as fetched"),
    settings: kind === SETTINGS ? settings : [],
  });
  rmSync(`${opts.root}/${opts.dataDir}`, { recursive: true, force: true });
  for (const kind of ["warm, class-data sharing", "warm, class-data sharing, jars as fetched"]) {
    await startLocal(variant(kind));
    const driver = createDriver(localConnection(opts));
    await driver.executeQuery(FIRST_QUERY, {}, { database: "neo4j" });
    await driver.close();
    await stopLocal(opts);
  }
  for (let i = 0; i < runs; i++) {
    for (const kind of kinds) {
      // Cold: a new data folder (store creation, password set-up); warm: the same folder again.
      if (kind === "cold") rmSync(`${opts.root}/${opts.dataDir}`, { recursive: true, force: true });
      const t0 = performance.now();
      const { state } = await startLocal(variant(kind));
      result[kind]!.secs.push((performance.now() - t0) / 1000);
      result[kind]!.rss.push(rssMiB(state.pid));
      // What a caller waits for: its own first query, which pays for whatever Cypher the readiness check did not.
      const driver = createDriver(localConnection(opts));
      await driver.executeQuery(FIRST_QUERY, {}, { database: "neo4j" });
      result[kind]!.first.push((performance.now() - t0) / 1000);
      await driver.close();
      await stopLocal(opts);
    }
  }
  rmSync(`${opts.root}/${opts.dataDir}`, { recursive: true, force: true });
  console.log(
    `| start | runs | time to Bolt ready, s (min / median / max) | to a first query answered, s | JVM RSS after start, MiB (min / median / max) |`,
  );
  console.log(`|---|---|---|---|---|`);
  for (const kind of kinds)
    console.log(
      `| ${kind} | ${runs} | ${stats(result[kind]!.secs)} | ${stats(result[kind]!.first)} | ${stats(result[kind]!.rss)} |`,
    );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratio = median(result["warm, no class-data sharing"]!.secs) / median(result["warm, class-data sharing"]!.secs);
  console.log(`\nwarm start, without over with class-data sharing (medians): ${ratio.toFixed(2)}×`);
  const perRun = (old: string, now: string, what: string) => {
    const r = result[old]!.first.map((x, i) => x / result[now]!.first[i]!).toSorted((a, b) => a - b);
    console.log(
      `to a first query, ${what}, per run (min / median / max): ` +
        `${r[0]!.toFixed(2)} / ${median(r).toFixed(2)} / ${r.at(-1)!.toFixed(2)}×`,
    );
  };
  perRun(
    "warm, class-data sharing, ready by SHOW DATABASE, jars as fetched",
    "warm, class-data sharing, jars as fetched",
    "ready by SHOW DATABASE over by an empty transaction (jars as fetched)",
  );
  perRun(
    "warm, class-data sharing, jars as fetched",
    "warm, class-data sharing",
    "jars as fetched over unsigned copies",
  );
  if (settings.length) perRun("warm, class-data sharing", SETTINGS, `without over with ${settings.join(" ")}`);
  console.log(`\nheap ${opts.heap}, page cache ${opts.pagecache}`);
});
