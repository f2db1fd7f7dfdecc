// What `npm run bench` runs: the scale benchmark (server), the offline-importer load, the wire forms, the browser
// benchmark, the longest loading task against an older build and `npm start` against an older commit, each with the
// options it takes.
import { BadRequestError } from "../server/errors.ts";

export const BENCH_PARTS = ["scale", "import", "wire", "browser", "load-task", "start"] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchPlanOptions {
  only?: string;
  write: boolean;
  runs?: string;
  entities?: string;
  relationships?: string;
  sizes?: string;
  big?: string;
}

export interface BenchStep {
  part: BenchPart;
  /** The script under scripts/, run as its own process so each part keeps its own command line and report. */
  script: string;
  args: string[];
}

const flag = (name: string, value: string | undefined) => (value === undefined ? [] : [`--${name}`, value]);

export function benchPlan(o: BenchPlanOptions): BenchStep[] {
  const parts = o.only
    ? o.only
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean)
    : [...BENCH_PARTS];
  for (const part of parts) {
    if (!(BENCH_PARTS as readonly string[]).includes(part))
      throw new BadRequestError(`--only takes ${BENCH_PARTS.join(", ")} (comma-separated), got "${part}"`);
  }
  const write = o.write ? ["--write"] : [];
  const steps: Record<BenchPart, BenchStep> = {
    scale: {
      part: "scale",
      script: "bench-scale.ts",
      args: [
        ...flag("runs", o.runs),
        ...flag("entities", o.entities),
        ...flag("relationships", o.relationships),
        ...write,
      ],
    },
    import: {
      part: "import",
      script: "bench-import.ts",
      args: [
        ...flag("rounds", o.runs),
        ...flag("entities", o.entities),
        ...flag("relationships", o.relationships),
        ...write,
      ],
    },
    wire: {
      part: "wire",
      script: "bench-wire.ts",
      args: [...flag("rounds", o.runs), ...write],
    },
    "load-task": {
      part: "load-task",
      script: "bench-load-task.ts",
      args: [...flag("runs", o.runs), ...write],
    },
    start: {
      part: "start",
      script: "bench-start.ts",
      args: [...flag("runs", o.runs), ...write],
    },
    browser: {
      part: "browser",
      script: "bench-browser.ts",
      args: [...flag("runs", o.runs), ...flag("sizes", o.sizes), ...flag("big", o.big), ...write],
    },
  };
  return BENCH_PARTS.filter((p) => parts.includes(p)).map((p) => steps[p]);
}
