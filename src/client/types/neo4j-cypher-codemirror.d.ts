// The package's exports map has no "types" condition, so TypeScript cannot find its own declarations: point at them.
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.js";
}
