// `npm run generate -- --entities N --relationships M [--seed S] [--out DIR]`: write a synthetic news-style graph as
// JSONL, and as CSV for Neo4j's offline importer.
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BadRequestError } from "../src/server/errors.ts";
import { writeDataset } from "../src/generate/index.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run generate -- --entities N --relationships M [--seed S] [--out DIR] [--zipf X]
  --entities N       entities to write (at least 8: one of each kind)
  --relationships M  relationships to write (no two with the same ends and type)
  --seed S           seed of the random numbers (default 42): the same seed writes the same files
  --out DIR          folder for entities.jsonl, relationships.jsonl, manifest.json, and the same rows as
                     entities.csv, relationships.csv for Neo4j's importer (see --bulk in the README)
                     (default .data/generated/e<N>-r<M>-s<S>)
  --zipf X           how heavy the tail is (default 1; 0 = no hubs)`;

function intOption(name: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value.replace(/_/g, "")))
    throw new BadRequestError(`--${name} must be a whole number, got ${value ?? "nothing"}\n${USAGE}`);
  return Number(value.replace(/_/g, ""));
}

await runCli(async () => {
  const { values } = parseArgs({
    options: {
      entities: { type: "string" },
      relationships: { type: "string" },
      seed: { type: "string", default: "42" },
      out: { type: "string" },
      zipf: { type: "string", default: "1" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const entities = intOption("entities", values.entities);
  const relationships = intOption("relationships", values.relationships);
  const seed = intOption("seed", values.seed);
  const zipfExponent = Number(values.zipf);
  const out = resolve(values.out ?? `.data/generated/e${entities}-r${relationships}-s${seed}`);
  const t0 = performance.now();
  let drawn = 0;
  // A live count only on a terminal; redirected output gets just the summary.
  const show = () =>
    process.stderr.isTTY &&
    process.stderr.write(`\r${drawn.toLocaleString("en")} / ${relationships.toLocaleString("en")} relationships`);
  const tick = setInterval(show, 500);
  try {
    const manifest = await writeDataset(
      out,
      { entities, relationships, seed, zipfExponent },
      { onRelationship: () => drawn++ },
    );
    clearInterval(tick);
    if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(
      `Wrote ${manifest.entities} entities and ${manifest.relationships} relationships to ${relative(process.cwd(), out) || "."} in ${secs} s (seed ${seed}).`,
    );
    const { p50, p99, max, over10k } = manifest.degree;
    console.log(
      `Degree: median ${p50}, p99 ${p99}, max ${max}; ${over10k} entities with 10,000+ relationships. Busiest: ${manifest.hubs
        .slice(0, 3)
        .map((h) => `${h.id} (${h.degree})`)
        .join(", ")}`,
    );
  } finally {
    clearInterval(tick);
  }
});
