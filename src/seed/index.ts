// Public API of the Cypher seed loader: load script files into Neo4j all or nothing, or empty the database.
export { seedFiles, seedSources } from "./seed-files.ts";
export { resetDatabase } from "./reset.ts";
export { loadArticleGraph, type LoadArticleGraphOptions, type LoadArticleGraphReport } from "./load-article-graph.ts";
export { listSeedFiles } from "./list-files.ts";
export { formatFileReport, formatOutcome, formatReset, formatSeedSummary } from "./format.ts";
export { SeedError, SeedFileError, type SeedFailure, type SeedPhase } from "./errors.ts";
export { readSchema, restoreSchema, type SchemaSnapshot } from "./schema-snapshot.ts";
export { splitStatements, type SplitResult, type Unterminated } from "./split-statements.ts";
export { isSchemaStatement } from "./schema-statement.ts";
export { parseNeo4jMessage, toFilePosition, type RelativePosition } from "./error-position.ts";
export type * from "./types.ts";
export { loadScripts, type LoadScriptsOptions, type LoadScriptsReport } from "./load-scripts.ts";
export { loadGraphFolder, type LoadGraphFolderOptions } from "./load-graph-folder.ts";
export { readGraphFolder, type GraphFolder } from "./graph-folder.ts";
