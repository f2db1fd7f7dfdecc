// Loads the whole graph once (or again on retry): fetch, build the data graph, lay it out, publish.
import type { DataSource } from "../api/index.ts";
import { describeFailure } from "../api/index.ts";
import type { Actions } from "../core/app/index.ts";
import { buildGraph } from "../core/graph/index.ts";
import { applyLayout } from "../core/layout/index.ts";

export async function loadGraph(source: DataSource, actions: Actions, edgeColor: string): Promise<void> {
  actions.data.started();
  try {
    const payload = await source.loadGraph();
    const result = buildGraph(payload, edgeColor);
    if (result.skippedRelationships.length > 0) {
      console.warn(`Skipped ${result.skippedRelationships.length} relationship(s) whose endpoints were not in the payload.`);
    }
    applyLayout(result.graph);
    actions.data.succeeded(result);
  } catch (error) {
    actions.data.failed(describeFailure(error));
  }
}
