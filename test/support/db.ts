// Connection to the real Neo4j the test runner started (or NEO4J_TEST_URI): integration tests never mock the driver.
import type { Driver } from "neo4j-driver";
import type { Connection } from "../../src/server/db/connection.ts";
import { createDriver } from "../../src/server/db/driver.ts";

/** The runner (scripts/test.ts) exports NEO4J_URI/USERNAME/PASSWORD for the test instance before the integration tier. */
export function testConnection(): Connection {
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (!NEO4J_URI || !NEO4J_USERNAME || !NEO4J_PASSWORD) {
    throw new Error(
      "Integration tests need a real Neo4j: run them through `npm run test:integration` (scripts/test.ts starts one).",
    );
  }
  return { uri: NEO4J_URI, username: NEO4J_USERNAME, password: NEO4J_PASSWORD, database: NEO4J_DATABASE ?? "neo4j" };
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}
