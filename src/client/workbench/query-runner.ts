// Runs saved queries and typed-in Cypher, one at a time: a new run cancels the one still waiting.
import type { GraphPayload, SavedQuery, SavedQueryValue } from "../../shared/index.ts";
import { isAbort } from "../api/index.ts";
import { describeRunFailure, type ApiClient } from "../api/index.ts";
import type { Actions } from "../core/store/index.ts";
import type { ResultSource } from "../core/result/index.ts";

export interface QueryRunner {
  runSaved(query: SavedQuery, params: Record<string, SavedQueryValue>): Promise<void>;
  runCypher(text: string): Promise<void>;
}

export function createQueryRunner(client: ApiClient, actions: Actions): QueryRunner {
  let inFlight: AbortController | null = null;
  const run = async (source: ResultSource, call: (signal: AbortSignal) => Promise<GraphPayload>) => {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const id = actions.result.started(source);
    try {
      actions.result.succeeded(id, await call(controller.signal));
    } catch (error) {
      if (!isAbort(error)) actions.result.failed(id, describeRunFailure(error));
    }
  };
  return {
    runSaved: (query, params) =>
      run({ kind: "saved", name: query.name, title: query.title, params }, (signal) =>
        client.call("runQuery", { params: { name: query.name }, body: { params } }, signal),
      ),
    runCypher: (text) =>
      run({ kind: "cypher", query: text }, (signal) =>
        client.call("cypher", { body: { query: text, params: {} } }, signal),
      ),
  };
}
