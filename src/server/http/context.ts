// What every route needs: how to read from Neo4j, and the limits that keep a request bounded.
import type { ReadContext } from "../db/read.ts";
import type { SavedQuery } from "../saved-queries/index.ts";

export interface AppContext {
  read: ReadContext;
  limits: { maxNodes: number; timeoutMs: number };
  /** Loaded and checked once at start-up: a bad header stops the server before it listens. */
  savedQueries: readonly SavedQuery[];
  /** Present only when the server was started with --allow-write: the token a write request must carry. */
  writeToken?: string;
  /** The graph folder given with `--graph DIR`, if any: its perspective.json says what search looks in. */
  graphDir?: string;
}
