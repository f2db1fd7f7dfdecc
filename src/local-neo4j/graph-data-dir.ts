// The data folder of the bundled Neo4j for a `--graph DIR`: one per folder, so the article's database is never touched.
import { createHash } from "node:crypto";
import { basename, resolve } from "node:path";

/** `.data/graphs/<name>-<8 hex of the absolute path>/neo4j`, relative to the project root like NEO4J_DATA_DIR. */
export function graphDataDir(graphDir: string): string {
  const absolute = resolve(graphDir);
  const hash = createHash("sha256").update(absolute).digest("hex").slice(0, 8);
  const name =
    basename(absolute)
      .replace(/[^A-Za-z0-9._-]+/g, "_")
      .slice(0, 40) || "graph";
  return `.data/graphs/${name}-${hash}/neo4j`;
}
