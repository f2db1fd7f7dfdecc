// The first view's graph from any source: in the compact form over HTTP (about a quarter of the bytes on big views),
// read back into the JSON form every caller uses.
import { graphAnswer, type GraphPayload } from "../../shared/index.ts";
import type { ApiClient } from "./api-client.ts";

export async function wholeGraph(source: ApiClient, signal?: AbortSignal): Promise<GraphPayload> {
  const query = source.compactGraphs ? { format: "compact" as const } : {};
  return graphAnswer(await source.call("graph", { query }, signal));
}
