// What the database already holds: the data set's marker before a load, the entities' element ids during one.
import neo4j, { type Driver } from "neo4j-driver";
import { ENTITY_ELEMENT_IDS, SOURCE_STATE } from "./queries.ts";
import { BulkLoadError } from "./errors.ts";
import type { BulkManifest } from "./rows.ts";

export async function refuseLoaded(driver: Driver, database: string, manifest: BulkManifest): Promise<void> {
  const { records } = await driver.executeQuery(SOURCE_STATE, { id: manifest.source.id }, { database });
  if (!records.length) return;
  const how = records[0]?.get("complete") === true ? "already holds" : "holds part of (a previous load stopped)";
  throw new BulkLoadError(
    `The database ${how} the data set ${manifest.source.id}. Load it into an empty database: npm run seed -- --reset --yes --bulk DIR`,
  );
}

/** Streams every entity's element id, keeping those of this data set. */
export async function readElementIds(
  driver: Driver,
  database: string,
  wanted: ReadonlySet<string>,
  into: Map<string, string>,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for await (const record of session.run(ENTITY_ELEMENT_IDS)) {
      const id = record.get("id") as unknown;
      if (typeof id === "string" && wanted.has(id)) into.set(id, record.get("elementId") as string);
    }
  } finally {
    await session.close();
  }
}
