// A fingerprint of a whole database (nodes, relationships, properties, indexes, constraints, users) to prove a request changed nothing.
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";
import { toJson } from "../../src/server/db/to-wire.ts";

export interface DbChecksum {
  nodes: number;
  relationships: number;
  schema: number;
  sha256: string;
}

/** Sorted keys, so the hash does not depend on the order Neo4j returns map entries in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const NODES = "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props ORDER BY id";
const RELATIONSHIPS =
  "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, properties(r) AS props ORDER BY id";
const INDEXES =
  "SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN 'index' AS kind, name, type, labelsOrTypes, properties ORDER BY name";
const USERS =
  "SHOW USERS YIELD user, roles, passwordChangeRequired, suspended RETURN user, roles, passwordChangeRequired, suspended ORDER BY user";
const CONSTRAINTS =
  "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN 'constraint' AS kind, name, type, labelsOrTypes, properties ORDER BY name";

export async function dbChecksum(driver: Driver, database: string): Promise<DbChecksum> {
  const rows = async (cypher: string, db = database) =>
    (await driver.executeQuery(cypher, {}, { database: db })).records.map((r) => toJson(r.toObject()));
  const [nodes, relationships, indexes, constraints, users] = await Promise.all([
    rows(NODES),
    rows(RELATIONSHIPS),
    rows(INDEXES),
    rows(CONSTRAINTS),
    rows(USERS, "system"),
  ]);
  const sha256 = createHash("sha256")
    .update(canonical({ nodes, relationships, indexes, constraints, users }))
    .digest("hex");
  return {
    nodes: nodes.length,
    relationships: relationships.length,
    schema: indexes.length + constraints.length,
    sha256,
  };
}
