// A private Neo4j for a benchmark that otherwise reads the explorer's own database: created on its own port, loaded
// with the article graph or a generated one, deleted at the end, so `npm run bench` needs no database running.
import { join, resolve } from "node:path";
import { writeDataset } from "../generate/index.ts";
import { bulkLoad } from "../seed/bulk/index.ts";
import { loadArticleGraph } from "../seed/index.ts";
import type { Connection } from "../server/db/connection.ts";
import { createDriver } from "../server/db/driver.ts";
import { startFreshInstance } from "./instance.ts";

export type PrivateGraphData =
  { kind: "article" } | { kind: "generated"; entities: number; relationships: number; seed: number };

export interface PrivateGraphOptions {
  root: string;
  /** Under the project root, e.g. ".data/neo4j-bench-load". */
  dataDir: string;
  port: number;
  data: PrivateGraphData;
  log: (line: string) => void;
}

export interface PrivateGraph {
  connection: Connection;
  /** The generated data set's folder (its manifest.json names hubs and ordinary entities); null for the article. */
  datasetDir: string | null;
  /** Neo4j's process id file, for benchmarks that read its CPU time. */
  pidFile: string;
  close: () => Promise<void>;
}

export async function startPrivateGraph(o: PrivateGraphOptions): Promise<PrivateGraph> {
  const instance = await startFreshInstance({ root: o.root, dataDir: o.dataDir, port: o.port });
  const driver = createDriver(instance.conn);
  const close = async () => {
    await instance.stop();
    instance.remove();
  };
  try {
    const database = instance.conn.database;
    let datasetDir: string | null = null;
    if (o.data.kind === "article") {
      o.log(`Seeding the article graph into a private Neo4j (${o.dataDir}, port ${o.port})`);
      await loadArticleGraph(instance.conn, { root: o.root, reset: true, log: () => {} });
    } else {
      const { entities, relationships, seed } = o.data;
      datasetDir = resolve(o.root, ".data/generated", `e${entities}-r${relationships}-s${seed}`);
      o.log(`Generating ${entities} entities and ${relationships} relationships into ${datasetDir}`);
      await writeDataset(datasetDir, { entities, relationships, seed });
      o.log(`Loading them into a private Neo4j (${o.dataDir}, port ${o.port})`);
      await bulkLoad(driver, database, datasetDir, { root: o.root });
    }
    return {
      connection: instance.conn,
      datasetDir,
      pidFile: join(o.root, o.dataDir, "home", "run", "neo4j.pid"),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  } finally {
    await driver.close();
  }
}
