// Hand over a copy: the loaded graph written as a graph folder that loads back to the same graph.
export { writeGraphFolder, type WriteGraphFolderOptions, type GraphFolderReport } from "./write-graph-folder.ts";
export { readGraph, type GraphRead } from "./read-graph.ts";
export { cypherValueOf, cypherPropertiesOf, UnwritableValueError } from "./driver-values.ts";
export { runCypherExport, type CypherExportArgs } from "./run-export.ts";
