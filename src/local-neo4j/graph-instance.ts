// The bundled Neo4j of one `--graph DIR` folder: started (or reused) from the folder's own data folder.
import type { Env } from "../server/config/index.ts";
import type { Connection } from "../server/db/connection.ts";
import { ConfigError } from "../server/errors.ts";
import { graphDataDir } from "./graph-data-dir.ts";
import { localConnection, startLocal, stopLocal } from "./index.ts";
import type { LocalNeo4jOptions, LocalState } from "./types.ts";

export interface GraphInstance {
  connection: Connection;
  state: LocalState;
  /** False when it was already running (another command started it). */
  started: boolean;
  options: LocalNeo4jOptions;
  /** Stops it only when this command started it. */
  release: () => Promise<void>;
}

/** `--graph` loads into a database of its own; a server given by NEO4J_URI is never loaded into silently. */
export function refuseRemoteGraph(env: Env): void {
  if (env.NEO4J_URI)
    throw new ConfigError(
      `--graph loads the folder into a bundled Neo4j of its own, but NEO4J_URI is set (${env.NEO4J_URI}). ` +
        "Unset NEO4J_URI to use --graph; to explore your server as it is, run `npm start` without --graph " +
        "(load scripts into it yourself with `npm run seed -- --file PATH`).",
    );
}

export async function openGraphInstance(
  env: Env,
  root: string,
  graphDir: string,
  log: (line: string) => void,
): Promise<GraphInstance> {
  refuseRemoteGraph(env);
  const options: LocalNeo4jOptions = {
    root,
    dataDir: graphDataDir(graphDir),
    port: env.NEO4J_LOCAL_PORT,
    heap: env.NEO4J_HEAP,
    pagecache: env.NEO4J_PAGECACHE,
    log,
  };
  const { state, started } = await startLocal(options);
  return {
    connection: localConnection(options, env.NEO4J_DATABASE),
    state,
    started,
    options,
    release: async () => {
      if (started) await stopLocal(options);
    },
  };
}
