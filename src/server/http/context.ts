// What every route needs: how to read from Neo4j, and the limits that keep a request bounded.
import type { ReadContext } from "../db/read.ts";
import type { SavedQuery } from "../saved-queries/index.ts";
import type { AdhocSlots } from "../cypher/adhoc-slots.ts";
import type { SchemaCache } from "../explore/schema-cache.ts";
import type { NoteStore } from "../notes/note-store.ts";
import type { HubPages } from "../explore/hub-pages.ts";
import type { PerspectiveCache } from "../perspective/perspective-cache.ts";

export interface AppContext {
  read: ReadContext;
  /** pathBudgetMs: how long a path search runs before it sends the routes found so far; null: no budget. */
  limits: { maxNodes: number; timeoutMs: number; pathBudgetMs: number | null; pathBudgetAbove?: number };
  /** Loaded and checked once at start-up: a bad header stops the server before it listens. */
  savedQueries: readonly SavedQuery[];
  /** Present only when the server was started with --allow-write: the token a write request must carry. */
  writeToken?: string;
  /** Slots of ad-hoc Cypher in Neo4j: /api/cypher takes one per query, /api/health reports them. */
  adhoc: AdhocSlots;
  /** The discovered schema, cached until the graph's counts change. */
  schema: SchemaCache;
  /** The perspective for that schema: the graph's file when sound, else generated. */
  perspective: PerspectiveCache;
  /** The graph folder given with `--graph DIR`, if any: its perspective.json says what search looks in. */
  graphDir?: string;
  /** List the search indexes on every search, as before they were kept per database version (the benchmark's old way). */
  listIndexesEachSearch?: boolean;
  /** Read a node's detail in three round trips, as before it was one query (the benchmark's old way). */
  nodeDetailInSteps?: boolean;
  /** False: a budgeted path search goes straight to maxHops, as before it deepened hop by hop (the old way). */
  pathDeepening?: boolean;
  /** Order the first view's relationships by element id before the cut, as before internal ids (the old way). */
  firstViewByElementId?: boolean;
  /** Page order of busy nodes, kept per database version (explore/hub-pages.ts); absent: every page sorts anew. */
  hubPages?: HubPages;
  /** The notes people add, kept in a file of the data folder apart from the explored graph; absent: none kept. */
  notes?: NoteStore;
}
