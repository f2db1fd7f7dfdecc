// Public API of the Cypher seed loader: load script files into Neo4j, one transaction per file, or empty the database.
export { seedFiles, seedSources } from "./seed-files.ts";
export { resetDatabase } from "./reset.ts";
export { loadArticleGraph, type LoadArticleGraphOptions, type LoadArticleGraphReport } from "./load-article-graph.ts";
export { listSeedFiles } from "./list-files.ts";
export { formatFileReport, formatReset, formatSeedSummary } from "./format.ts";
export { SeedError, SeedFileError, type SeedFailure } from "./errors.ts";
export { splitStatements, type SplitResult, type Unterminated } from "./split-statements.ts";
export { isSchemaStatement } from "./schema-statement.ts";
export { parseNeo4jMessage, toFilePosition, type RelativePosition } from "./error-position.ts";
export type * from "./types.ts";
export { loadScripts, type LoadScriptsOptions, type LoadScriptsReport } from "./load-scripts.ts";
export { loadGraphFolder, type LoadGraphFolderOptions } from "./load-graph-folder.ts";
export { readGraphFolder, type GraphFolder } from "./graph-folder.ts";
