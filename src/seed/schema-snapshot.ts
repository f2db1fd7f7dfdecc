// The schema as it was before a load, and putting it back after a failed one: drop what is new, re-create what went.
import neo4j, { type Driver } from "neo4j-driver";
import { dropSchemaItem, SHOW_CONSTRAINT_DEFINITIONS, SHOW_INDEX_DEFINITIONS } from "./queries.ts";

/** Name → Neo4j's own `createStatement`; plain JSON, so a guard process can be handed it. */
export interface SchemaSnapshot {
  constraints: Record<string, string>;
  indexes: Record<string, string>;
}

export async function readSchema(driver: Driver, database: string): Promise<SchemaSnapshot> {
  const read = async (cypher: string) => {
    const { records } = await driver.executeQuery(cypher, {}, { database, routing: neo4j.routing.READ });
    return Object.fromEntries(records.map((r) => [String(r.get("name")), String(r.get("createStatement"))]));
  };
  return { constraints: await read(SHOW_CONSTRAINT_DEFINITIONS), indexes: await read(SHOW_INDEX_DEFINITIONS) };
}

/** Lines like "dropped constraint `x`" for what changed between two snapshots and so has to be undone. */
export function schemaChanges(before: SchemaSnapshot, now: SchemaSnapshot): { drop: Item[]; create: Item[] } {
  const drop: Item[] = [];
  const create: Item[] = [];
  for (const kind of ["CONSTRAINT", "INDEX"] as const) {
    const [was, is] = kind === "CONSTRAINT" ? [before.constraints, now.constraints] : [before.indexes, now.indexes];
    for (const [name, statement] of Object.entries(is))
      if (was[name] !== statement) drop.push({ kind, name, statement });
    for (const [name, statement] of Object.entries(was))
      if (is[name] !== statement) create.push({ kind, name, statement });
  }
  return { drop, create };
}

interface Item {
  kind: "CONSTRAINT" | "INDEX";
  name: string;
  statement: string;
}

/** Returns what it did, one line per change; throws (with what is still left) when Neo4j refuses a step. */
export async function restoreSchema(driver: Driver, database: string, before: SchemaSnapshot): Promise<string[]> {
  const { drop, create } = schemaChanges(before, await readSchema(driver, database));
  const done: string[] = [];
  const write = (cypher: string) => driver.executeQuery(cypher, {}, { database, routing: neo4j.routing.WRITE });
  // Constraints first (schemaChanges lists them first): each owns an index that cannot go while the constraint exists.
  for (const item of drop) {
    await write(dropSchemaItem(item.kind, item.name));
    done.push(`dropped ${item.kind.toLowerCase()} \`${item.name}\` again`);
  }
  for (const item of create) {
    await write(item.statement);
    done.push(`re-created ${item.kind.toLowerCase()} \`${item.name}\``);
  }
  return done;
}
