// Public API of the synthetic news-graph generator.
export { createDataset, MAX_ENTITIES, type Dataset } from "./dataset.ts";
export { writeDataset } from "./write.ts";
export {
  ENTITIES_CSV_FILE,
  ENTITIES_FILE,
  MANIFEST_FILE,
  RELATIONSHIPS_CSV_FILE,
  RELATIONSHIPS_FILE,
  sourceIdFor,
} from "./manifest.ts";
export * from "./csv.ts";
export { ENTITY_KINDS, ENTITY_LABELS, RELATIONSHIP_RULES, RELATIONSHIP_TYPES, type EntityLabel } from "./model.ts";
export type * from "./types.ts";
