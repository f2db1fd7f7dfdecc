// What `npm run bench` runs, cheapest first so that a partial run still gives figures: the article seed, the wire
// forms, search, the API under load, hub pages, paths, the offline-importer load, `npm start`, the longest loading
// task, the scale benchmark (server) and the browser benchmark, each against its old way, with the options it takes.
import { BadRequestError } from "../server/errors.ts";

export const BENCH_PARTS = [
  "seed",
  "wire",
  "search",
  "load",
  "hub-pages",
  "paths",
  "import",
  "start",
  "load-task",
  "scale",
  "browser",
] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchPlanOptions {
  only?: string;
  write: boolean;
  runs?: string;
  entities?: string;
  relationships?: string;
  sizes?: string;
  big?: string;
  /** Bolt port of every part's private Neo4j (parts run one after another; `start` also takes this + 2). */
  port?: string;
  /** Seconds of load per run of bench:load. */
  duration?: string;
  /** The commit bench:load-task and bench:start build as the old way (their default: HEAD~1). */
  against?: string;
  /** Generated graphs bench:load-task loads, in nodes (default LOAD_TASK_SIZES). */
  taskSizes?: string;
}

export interface BenchStep {
  part: BenchPart;
  /** The script under scripts/, run as its own process so each part keeps its own command line and report. */
  script: string;
  args: string[];
}

/** bench:load reads the explorer's own Neo4j unless given a port; under `npm run bench` it always gets a private one. */
export const DEFAULT_LOAD_PORT = "7790";

/** Issue 14's 1k, 10k and 100k-node rows, each against the old build in the same run. */
export const LOAD_TASK_SIZES = "1000,10000,100000";

const flag = (name: string, value: string | undefined) => (value === undefined ? [] : [`--${name}`, value]);

/** The parts `--only` names, refused with the list of known ones when one is not a part. */
export function pickParts(only: string | undefined): BenchPart[] {
  if (!only) return [...BENCH_PARTS];
  const parts = only
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    if (!(BENCH_PARTS as readonly string[]).includes(part))
      throw new BadRequestError(`--only takes ${BENCH_PARTS.join(", ")} (comma-separated), got "${part}"`);
  }
  return BENCH_PARTS.filter((p) => parts.includes(p));
}

export function benchPlan(o: BenchPlanOptions): BenchStep[] {
  const parts = pickParts(o.only);
  const write = o.write ? ["--write"] : [];
  const sizes = [...flag("entities", o.entities), ...flag("relationships", o.relationships)];
  const port = flag("port", o.port);
  const steps: Record<BenchPart, BenchStep> = {
    seed: { part: "seed", script: "bench-seed.ts", args: [...flag("rounds", o.runs), ...port, ...write] },
    wire: { part: "wire", script: "bench-wire.ts", args: [...flag("rounds", o.runs), ...port, ...write] },
    search: {
      part: "search",
      script: "bench-search.ts",
      args: [...flag("rounds", o.runs), ...sizes, ...port, ...write],
    },
    load: {
      part: "load",
      script: "bench-load.ts",
      args: [...flag("runs", o.runs), ...flag("duration", o.duration), "--port", o.port ?? DEFAULT_LOAD_PORT],
    },
    "hub-pages": { part: "hub-pages", script: "bench-hub-pages.ts", args: [...sizes, ...port] },
    paths: { part: "paths", script: "bench-paths.ts", args: [...sizes, ...port] },
    import: {
      part: "import",
      script: "bench-import.ts",
      args: [...flag("rounds", o.runs), ...sizes, ...port, ...write],
    },
    start: {
      part: "start",
      script: "bench-start.ts",
      args: [...flag("runs", o.runs), ...flag("against", o.against), ...flag("neo4j-port", o.port), ...write],
    },
    "load-task": {
      part: "load-task",
      script: "bench-load-task.ts",
      args: [
        ...flag("runs", o.runs),
        ...flag("against", o.against),
        "--sizes",
        o.taskSizes ?? LOAD_TASK_SIZES,
        ...port,
        ...write,
      ],
    },
    scale: { part: "scale", script: "bench-scale.ts", args: [...flag("runs", o.runs), ...sizes, ...write] },
    browser: {
      part: "browser",
      script: "bench-browser.ts",
      args: [...flag("runs", o.runs), ...flag("sizes", o.sizes), ...flag("big", o.big), ...write],
    },
  };
  return parts.map((p) => steps[p]);
}
