// Public API of saved queries: load and check graph/queries/*.cypher, coerce parameters, find and run a query.
export { loadSavedQueries } from "./load.ts";
export { parseSavedQuery, type ParseResult } from "./parse-file.ts";
export { coerceParams, parseValue, toDriverValue, type ParsedValue } from "./coerce.ts";
export { findSavedQuery } from "./find.ts";
export { runSavedQuery, resolveEntityParams } from "./run.ts";
export { markApplicable } from "./applicable.ts";
export { parseNeeds, missingNeeds, NEEDS_FORMAT, type Needs } from "./parse-needs.ts";
export { SavedQueryError, NotApplicableError, formatProblem } from "./errors.ts";
export { PARAM_FORMAT } from "./parse-param.ts";
export { savedQueriesDir } from "./dir.ts";
export type * from "./types.ts";
export { formatTable, formatSummary } from "./format-table.ts";
export { formatCsv, csvField } from "./format-csv.ts";
export { formatList } from "./format-list.ts";
export { cellFormatter, nodeLabel } from "./format-cell.ts";
