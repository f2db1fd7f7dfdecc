// The discovered schema the snapshot worker sends along with the graph, for files exported before the server sent one.
import type { GraphSchema, SnapshotFile } from "../../shared/index.ts";
import { schemaFromGraph } from "../core/perspective/schema-from-graph.ts";

/** Null when the file already has one: the server's own (sampled over the live database) is kept. */
export function derivedGraphSchema(
  file: Pick<SnapshotFile, "nodes" | "sources" | "relationships" | "schema">,
): GraphSchema | null {
  return file.schema.graph ? null : schemaFromGraph([...file.nodes, ...file.sources], file.relationships);
}
