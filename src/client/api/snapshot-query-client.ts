// Saved queries offline: their results as stored at export time; anything needing a live database says why not.
import type { GraphPayload, SavedQueryValue, Snapshot } from "../../shared/index.ts";
import { ApiAnswerError, type QueryClient } from "./query-client.ts";

export const OFFLINE_CODE = "offline_unavailable";

function unavailable(what: string, snapshot: Snapshot): ApiAnswerError {
  const when = snapshot.exportedAt.slice(0, 10);
  return new ApiAnswerError(
    409,
    `${what} needs a live database. This is a static snapshot of ${snapshot.origin.server} (${snapshot.origin.database}) exported on ${when}.`,
    OFFLINE_CODE,
    null,
  );
}

const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys({ ...a, ...b }).every((k) => String(a[k] ?? "") === String(b[k] ?? ""));

export function createSnapshotQueryClient(snapshot: Snapshot): QueryClient {
  return {
    listQueries: async () => snapshot.queries.map((q) => q.query),
    runSaved: async (name, params: Record<string, SavedQueryValue>): Promise<GraphPayload> => {
      const stored = snapshot.queries.find((q) => q.query.name === name);
      if (!stored) throw new ApiAnswerError(404, `No saved query named '${name}' in this snapshot.`, "not_found", null);
      if (!same(params, stored.params))
        throw unavailable("Running this query with other parameters than its defaults", snapshot);
      return stored.result;
    },
    runCypher: async () => {
      throw unavailable("The Cypher editor", snapshot);
    },
  };
}
