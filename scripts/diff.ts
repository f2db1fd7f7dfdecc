// `npm run diff -- A B [--format text|json] [--out FILE]`: what changed between two versions of a graph (folders of
// seed scripts or git revisions of one), loaded in turn into a private scratch Neo4j.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatDiffText, runDiff } from "../src/graph-diff/index.ts";
import { loadEnv } from "../src/server/config/index.ts";
import { projectRoot } from "../src/server/config/project-root.ts";
import { BadRequestError } from "../src/server/errors.ts";
import { runCli } from "./cli.ts";

const USAGE = `usage: npm run diff -- A B [--format text|json] [--out FILE] [--path DIR] [--port N]
  A, B            each a folder of *.cypher seed scripts (or of a data set from \`npm run generate\`),
                  or a git revision (HEAD~3, a tag, a commit), optionally REVISION:PATH
  --path DIR      the folder a revision without :PATH means (default graph)
  --format F      text (default) or json (the file the page's "Changes" panel opens)
  --out FILE      write the result to FILE instead of standard output
  --port N        preferred Bolt port of the scratch Neo4j (default 7787; the next free one if taken)
Progress goes to standard error. Neither your database nor a graph folder's own is touched: each diff loads both
versions into a scratch Neo4j of its own under .data/scratch, removed afterwards (heap and page cache: NEO4J_HEAP,
NEO4J_PAGECACHE).`;

await runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      out: { type: "string" },
      path: { type: "string", default: "graph" },
      port: { type: "string", default: "7787" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  if (positionals.length !== 2)
    throw new BadRequestError(`give two versions to compare, got ${positionals.length}\n${USAGE}`);
  if (values.format !== "text" && values.format !== "json")
    throw new BadRequestError(`--format must be text or json, got ${values.format}\n${USAGE}`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new BadRequestError(`--port must be a port number, got ${values.port}\n${USAGE}`);
  const env = loadEnv();
  const [a, b] = positionals as [string, string];
  const { diff, timings } = await runDiff(a, b, {
    cwd: process.cwd(),
    path: values.path,
    root: projectRoot(),
    port,
    heap: env.NEO4J_HEAP,
    pagecache: env.NEO4J_PAGECACHE,
    log: (line) => console.error(line),
  });
  const text = values.format === "json" ? `${JSON.stringify(diff, null, 1)}\n` : `${formatDiffText(diff)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  console.error(`Compared in ${(timings.total / 1000).toFixed(1)} s${values.out ? `; written to ${values.out}` : ""}.`);
});
