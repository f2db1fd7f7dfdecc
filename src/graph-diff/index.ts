// Public API of the graph diff: compare two versions of a graph (folders or git revisions) loaded in a scratch Neo4j.
export { runDiff, type DiffRun, type DiffTimings, type RunDiffOptions } from "./run-diff.ts";
export { compareVersions } from "./compare.ts";
export { formatDiffText } from "./format-text.ts";
export { resolveSource, type VersionSource } from "./source.ts";
export type * from "./types.ts";
