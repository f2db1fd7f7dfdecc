// Public API of the bulk loader for generated data sets (`npm run seed -- --bulk DIR`).
export { bulkLoad, DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from "./load.ts";
export { BulkLoadError } from "./errors.ts";
export { readManifest } from "./manifest.ts";
export { checkDataSet } from "./check-data-set.ts";
export type * from "./types.ts";
export { importLoad, whyNotImport, type ImportLoadOptions, type ImportLoadReport } from "./import-load.ts";
