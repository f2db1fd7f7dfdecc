// The naive load the bulk loader is measured against: one auto-committed MERGE statement per entity and per relationship.
import type { Driver } from "neo4j-driver";
import type { Dataset } from "../generate/index.ts";
import { mergeOneEntity, mergeOneRelationship } from "../seed/bulk/queries.ts";

export interface NaiveReport {
  entities: number;
  relationships: number;
  entityMs: number;
  relationshipMs: number;
  entitiesPerSecond: number;
  relationshipsPerSecond: number;
}

export async function naiveLoad(driver: Driver, database: string, dataset: Dataset): Promise<NaiveReport> {
  const session = driver.session({ database });
  try {
    const t0 = performance.now();
    for (const e of dataset.entities) await session.run(mergeOneEntity(e.label), { props: e.props });
    const t1 = performance.now();
    let relationships = 0;
    for (const r of dataset.relationships) {
      await session.run(mergeOneRelationship(r.type), { from: r.from, to: r.to, props: r.props });
      relationships++;
    }
    const t2 = performance.now();
    const entities = dataset.entities.length;
    return {
      entities,
      relationships,
      entityMs: t1 - t0,
      relationshipMs: t2 - t1,
      entitiesPerSecond: entities / ((t1 - t0) / 1000),
      relationshipsPerSecond: relationships / ((t2 - t1) / 1000),
    };
  } finally {
    await session.close();
  }
}
