// Creates the one neo4j-driver instance a process uses; routing URIs (neo4j://, neo4j+s://) are left to the driver.
import neo4j, { type Driver } from "neo4j-driver";
import type { Connection } from "./connection.ts";

export function createDriver(conn: Connection): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), {
    // Fail fast when the server is down, so the API can answer 503 instead of hanging.
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: false,
  });
}
