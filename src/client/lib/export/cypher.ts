// The view as a Cypher seed script (the shared writer of `npm run export -- --cypher`), for `npm run seed -- --file`.
import { cypherValueFromJson, type CypherProperties } from "../../../shared/cypher-literal.ts";
import { cypherScriptText, writeCypherScript } from "../../../shared/cypher-script.ts";
import type { Properties } from "../../../shared/index.ts";
import type { ExplorerGraph } from "../graph/index.ts";

const typedProperties = (properties: Properties): CypherProperties =>
  Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, cypherValueFromJson(v)]));

/**
 * Every node and relationship of the view. The page holds properties as JSON, so whole numbers load as integers,
 * other numbers as floats, and dates as their ISO text; the command-line export keeps every Neo4j type.
 */
export function viewCypherText(graph: ExplorerGraph, title: string): string {
  const nodes = graph.mapNodes((id, attrs) => ({
    id,
    labels: attrs.labels,
    properties: typedProperties(attrs.properties),
  }));
  const relationships = graph.mapEdges((_, attrs, start, end) => ({
    type: attrs.relType,
    start,
    end,
    properties: typedProperties(attrs.properties),
  }));
  const script = writeCypherScript({ nodes, relationships });
  const header = [
    `// ${title}: ${nodes.length} nodes and ${relationships.length} relationships of a view of the explorer.`,
    "// Load into an empty database with `npm run seed -- --reset --yes --file PATH`, or put it in a graph folder",
    "// (with perspective.json and queries/) and run `npm start -- --graph DIR`. Nodes are created, not merged:",
    "// loading it into the graph it came from would add copies.",
  ].join("\n");
  return cypherScriptText(script, header);
}
