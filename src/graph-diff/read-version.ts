// Reads the whole graph of a scratch database, streamed record by record, into key-addressed nodes and relationships.
import type { Driver } from "neo4j-driver";
import { toJson } from "../server/db/to-wire.ts";
import type { Properties } from "../shared/index.ts";
import { ALL_NODES, ALL_RELATIONSHIPS, KEY_CONSTRAINTS } from "./queries.ts";
import { nodeKey, type KeyConstraints } from "./node-key.ts";
import type { GraphVersion, VersionNode, VersionRelationship } from "./types.ts";

async function readConstraints(driver: Driver, database: string): Promise<KeyConstraints> {
  const { records } = await driver.executeQuery(KEY_CONSTRAINTS, {}, { database });
  const constraints = new Map<string, string[][]>();
  for (const record of records) {
    const label = String(record.get("label"));
    const props = (record.get("properties") as string[]).map(String);
    constraints.set(label, [...(constraints.get(label) ?? []), props]);
  }
  return constraints;
}

const asProperties = (value: unknown) => toJson(value) as Properties;

/**
 * What the loader itself writes, not the graph's scripts: the bulk loader stamps its :Source node with the time of
 * the load, which differs between any two loads.
 */
export const LOADER_STAMPS: ReadonlyMap<string, readonly string[]> = new Map([["Source", ["loadedAt"]]]);

function withoutStamps(labels: readonly string[], properties: Properties, stamps: typeof LOADER_STAMPS): Properties {
  const drop = labels.flatMap((l) => stamps.get(l) ?? []);
  if (drop.length === 0) return properties;
  return Object.fromEntries(Object.entries(properties).filter(([k]) => !drop.includes(k)));
}

export async function readVersion(
  driver: Driver,
  database: string,
  source: string,
  stamps: typeof LOADER_STAMPS = new Map(),
): Promise<GraphVersion> {
  const constraints = await readConstraints(driver, database);
  const nodes = new Map<string, VersionNode>();
  const keyOfElement = new Map<string, string>();
  const rules = new Set<string>();
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    for await (const record of session.run(ALL_NODES)) {
      const labels = (record.get("labels") as string[]).map(String);
      const properties = withoutStamps(labels, asProperties(record.get("properties")), stamps);
      const found = nodeKey(labels, properties, constraints);
      let key = found.key;
      // Two nodes with one key (no constraint stops it): both are kept, the second numbered.
      for (let n = 2; nodes.has(key); n++) key = `${found.key}#${n}`;
      if (found.rule) rules.add(found.rule);
      nodes.set(key, { key, keyProperties: found.keyProperties, labels, properties });
      keyOfElement.set(String(record.get("element")), key);
    }
    const relationships: VersionRelationship[] = [];
    for await (const record of session.run(ALL_RELATIONSHIPS)) {
      relationships.push({
        type: String(record.get("type")),
        start: keyOfElement.get(String(record.get("start")))!,
        end: keyOfElement.get(String(record.get("end")))!,
        properties: asProperties(record.get("properties")),
      });
    }
    return { source, nodes, relationships, keys: [...rules].sort() };
  } finally {
    await session.close();
  }
}
