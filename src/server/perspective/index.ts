// The perspective of the graph being served: its file checked against the discovered schema, or a generated one.
export { resolvePerspective, formatProblem, type PerspectiveFile } from "./check-file.ts";
export { readPerspectiveFile } from "./read-file.ts";
export { lineOfPath, lineOfSyntaxError, type JsonPath } from "./line-of-path.ts";
