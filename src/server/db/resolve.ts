// Chooses the database for this process: the user's NEO4J_URI server, else the running bundled Neo4j.
import type { Env } from "../config/index.ts";
import type { Connection } from "./connection.ts";
import { localConnection } from "../local-neo4j/index.ts";

export function projectRoot(): string {
  return new URL("../../../", import.meta.url).pathname;
}

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
