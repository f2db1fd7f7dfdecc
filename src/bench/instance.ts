// The benchmark's own Neo4j: a private data folder and port, a larger heap and page cache, never the dev or test instance.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Connection } from "../server/db/connection.ts";
import { localConnection, startLocal, stopLocal, type LocalNeo4jOptions } from "../local-neo4j/index.ts";

export interface BenchInstanceOptions {
  root: string;
  dataDir?: string;
  port?: number;
  heap?: string;
  pagecache?: string;
}

export interface BenchInstance {
  conn: Connection;
  version: string;
  /** As startLocal took them: the offline importer stops and starts the instance itself. */
  options: LocalNeo4jOptions;
  /** Stops the JVM; the data folder stays until `remove`. */
  stop: () => Promise<void>;
  remove: () => void;
}

/** Always a new, empty store: every load run starts from the same state. */
export async function startFreshInstance(o: BenchInstanceOptions): Promise<BenchInstance> {
  const opts: LocalNeo4jOptions = {
    root: o.root,
    dataDir: o.dataDir ?? ".data/neo4j-bench-scale",
    port: o.port ?? 7791,
    heap: o.heap ?? "2g",
    pagecache: o.pagecache ?? "1g",
  };
  await stopLocal(opts);
  const remove = () => rmSync(join(o.root, opts.dataDir), { recursive: true, force: true });
  remove();
  const { state } = await startLocal(opts);
  return {
    conn: localConnection(opts),
    version: state.version,
    options: opts,
    stop: async () => void (await stopLocal(opts)),
    remove,
  };
}
