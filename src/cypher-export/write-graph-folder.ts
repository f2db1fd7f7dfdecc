// `npm run export -- --cypher DIR`: a graph folder (seed scripts, perspective.json, saved queries, sources) that
// `npm start -- --graph DIR` loads to the same graph, for a class's starting graph or a colleague's copy.
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { writeCypherScript, type CypherScriptPartName } from "../shared/cypher-script.ts";
import { readGraph } from "./read-graph.ts";

/** The entity rules' key (src/shared/entity.ts, slugOf): a node's readable slug. */
const ENTITY_KEY = "id";

const FILE_OF: Record<CypherScriptPartName, string> = {
  schema: "00-schema.cypher",
  nodes: "10-nodes.cypher",
  relationships: "20-relationships.cypher",
  cleanup: "90-cleanup.cypher",
};

export interface WriteGraphFolderOptions {
  outDir: string;
  /** The folder the graph was loaded from (graph/ for the article): its perspective, saved queries and sources. */
  from: { perspectiveFile?: string; queriesDir?: string; sourcesDir?: string };
  batchRows?: number;
}

export interface GraphFolderReport {
  nodes: number;
  relationships: number;
  statements: number;
  identity: "key" | "temporary";
  files: string[];
}

export async function writeGraphFolder(
  driver: Driver,
  database: string,
  options: WriteGraphFolderOptions,
): Promise<GraphFolderReport> {
  const graph = await readGraph(driver, database);
  const script = writeCypherScript({
    nodes: graph.nodes,
    relationships: graph.relationships,
    schema: graph.schema,
    key: { property: ENTITY_KEY, constrainedLabels: graph.keyConstrainedLabels(ENTITY_KEY) },
    temporaryKeyIndex: true,
    ...(options.batchRows ? { batchRows: options.batchRows } : {}),
  });
  const { outDir, from } = options;
  await mkdir(outDir, { recursive: true });
  // A script left from an earlier export would load too (every top-level .cypher does): the folder is rewritten whole.
  for (const name of await readdir(outDir)) {
    if (name.endsWith(".cypher") || ["perspective.json", "queries", "sources"].includes(name)) {
      await rm(join(outDir, name), { recursive: true, force: true });
    }
  }
  const files: string[] = [];
  const header = (name: CypherScriptPartName) =>
    `// Written by \`npm run export -- --cypher\`: part "${name}" of a copy of the graph; load the folder with\n` +
    `// \`npm start -- --graph DIR\` or \`npm run seed -- --graph DIR\` (files load in name order, data in one transaction).\n`;
  for (const part of script.parts) {
    await writeFile(join(outDir, FILE_OF[part.name]), `${header(part.name)}${part.text}`);
    files.push(FILE_OF[part.name]);
  }
  if (from.perspectiveFile && existsSync(from.perspectiveFile)) {
    await copyFile(from.perspectiveFile, join(outDir, "perspective.json"));
    files.push("perspective.json");
  }
  for (const [dir, name, ext] of [
    [from.queriesDir, "queries", ".cypher"],
    [from.sourcesDir, "sources", ".txt"],
  ] as const) {
    if (!dir || !existsSync(dir)) continue;
    const entries = (await readdir(dir)).filter((f) => f.endsWith(ext));
    if (!entries.length) continue;
    await cp(dir, join(outDir, name), { recursive: true, filter: (src) => src === dir || src.endsWith(ext) });
    files.push(...entries.sort().map((f) => `${name}/${f}`));
  }
  return {
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    statements: script.statements,
    identity: script.identity,
    files,
  };
}
