// Chooses the database for a command: the user's NEO4J_URI server, else the running bundled Neo4j. The API server
// never calls this: it is handed the Connection.
import type { Env } from "../server/config/index.ts";
import { projectRoot } from "../server/config/project-root.ts";
import type { Connection } from "../server/db/connection.ts";
import { localConnection } from "./index.ts";

/** True when the user's own server (NEO4J_URI with credentials) is used rather than the bundled Neo4j. */
export const usesRemote = (env: Env): boolean => Boolean(env.NEO4J_URI && env.NEO4J_USERNAME && env.NEO4J_PASSWORD);

export async function resolveConnection(env: Env): Promise<Connection> {
  if (env.NEO4J_URI && env.NEO4J_USERNAME && env.NEO4J_PASSWORD) {
    return {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
    };
  }
  return localConnection({ root: projectRoot(), dataDir: env.NEO4J_DATA_DIR }, env.NEO4J_DATABASE);
}
