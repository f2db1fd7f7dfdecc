// Reads a whole graph and its schema from Neo4j as the script writer takes it: typed values, element ids as handles.
import neo4j, { type Driver } from "neo4j-driver";
import type { ScriptNode, ScriptRelationship } from "../shared/cypher-script.ts";
import { EXPLORER_INDEX } from "../server/queries/search-index.ts";
import { cypherPropertiesOf } from "./driver-values.ts";
import { READ_CONSTRAINTS, READ_INDEXES, READ_NODES, READ_RELATIONSHIPS } from "./queries.ts";

export interface GraphRead {
  nodes: ScriptNode[];
  relationships: ScriptRelationship[];
  /** createStatement of every constraint and index but the explorer's own search index (made again on load). */
  schema: string[];
  /** Labels whose `key` property a single-property uniqueness (or key) constraint covers. */
  keyConstrainedLabels: (key: string) => string[];
}

export async function readGraph(driver: Driver, database: string): Promise<GraphRead> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const nodes: ScriptNode[] = [];
      for (const r of (await tx.run(READ_NODES)).records) {
        const id = r.get("id") as string;
        const labels = r.get("labels") as string[];
        nodes.push({ id, labels, properties: cypherPropertiesOf(r.get("properties"), `node (${labels.join(":")})`) });
      }
      const relationships: ScriptRelationship[] = [];
      for (const r of (await tx.run(READ_RELATIONSHIPS)).records) {
        const type = r.get("type") as string;
        relationships.push({
          type,
          start: r.get("start") as string,
          end: r.get("end") as string,
          properties: cypherPropertiesOf(r.get("properties"), `relationship [:${type}]`),
        });
      }
      const constraints = (await tx.run(READ_CONSTRAINTS)).records.map((r) => ({
        type: String(r.get("type")),
        labels: (r.get("labelsOrTypes") as string[] | null) ?? [],
        properties: (r.get("properties") as string[] | null) ?? [],
        createStatement: String(r.get("createStatement")),
      }));
      const indexes = (await tx.run(READ_INDEXES)).records
        .filter((r) => r.get("name") !== EXPLORER_INDEX)
        .map((r) => String(r.get("createStatement")));
      return {
        nodes,
        relationships,
        schema: [...constraints.map((c) => c.createStatement), ...indexes],
        keyConstrainedLabels: (key) =>
          constraints
            .filter(
              (c) =>
                (c.type === "UNIQUENESS" || c.type === "NODE_KEY") &&
                c.labels.length === 1 &&
                c.properties.length === 1 &&
                c.properties[0] === key,
            )
            .map((c) => c.labels[0]!),
      };
    });
  } finally {
    await session.close();
  }
}
