// The `--cypher DIR` export as a command runs it: the article's database, or a `--graph` folder's own Neo4j (loaded
// first, as `npm start -- --graph` would), written as a graph folder.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadEnv } from "../server/config/index.ts";
import { projectRoot } from "../server/config/project-root.ts";
import { createDriver } from "../server/db/driver.ts";
import { ConfigError } from "../server/errors.ts";
import { openGraphInstance, refuseRemoteGraph } from "../local-neo4j/graph-instance.ts";
import { resolveConnection } from "../local-neo4j/resolve-connection.ts";
import { loadGraphFolder, readGraphFolder } from "../seed/index.ts";
import { writeGraphFolder, type GraphFolderReport } from "./write-graph-folder.ts";

export interface CypherExportArgs {
  outDir: string;
  graph?: string;
  log: (line: string) => void;
}

export async function runCypherExport({ outDir, graph, log }: CypherExportArgs): Promise<GraphFolderReport> {
  const out = resolve(outDir);
  const folder = graph ? await readGraphFolder(graph) : undefined;
  if (folder && folder.dir === out) throw new ConfigError(`--cypher ${outDir} is the --graph folder itself.`);
  const env = loadEnv();
  if (folder) refuseRemoteGraph(env);
  const instance = folder ? await openGraphInstance(env, projectRoot(), folder.dir, log) : undefined;
  try {
    if (instance && folder) await loadGraphFolder(instance.connection, folder, { force: false, log });
    const connection = instance?.connection ?? (await resolveConnection(env));
    const graphDir = folder?.dir ?? join(projectRoot(), "graph");
    const sourcesDir = join(graphDir, "sources");
    // The article's perspective, queries and sources live in graph/; a folder's in itself.
    const perspectiveFile = folder ? folder.perspectiveFile : join(graphDir, "perspective.json");
    const queriesDir = folder ? folder.queriesDir : join(graphDir, "queries");
    const driver = createDriver(connection);
    try {
      return await writeGraphFolder(driver, connection.database, {
        outDir: out,
        from: {
          ...(perspectiveFile ? { perspectiveFile } : {}),
          ...(queriesDir ? { queriesDir } : {}),
          ...(existsSync(sourcesDir) ? { sourcesDir } : {}),
        },
      });
    } finally {
      await driver.close();
    }
  } finally {
    await instance?.release();
  }
}
