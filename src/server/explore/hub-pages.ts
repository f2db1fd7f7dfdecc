// Page order of busy nodes, kept per requested id, filters and database version: a hub's relationships are read and
// sorted once, then each page fetches only its own relationships by internal id, in the same order from page to page.

export interface HubPageOptions {
  /** Nodes with more matching relationships than this have their order kept; smaller ones are sorted per page. */
  minRelationships?: number;
  /** Orders kept at once; the least recently used goes first. */
  maxEntries?: number;
  /** Ids kept over all orders. */
  maxIds?: number;
  /**
   * An order older than this (ms) is read again, whatever the version says: a server others write to without the
   * explorer's version stamp still sees their relationships on later pages within this time.
   */
  ttlMs?: number;
  now?: () => number;
  /**
   * Read a kept page in a managed transaction (two round trips, its commit the second) rather than one auto-commit
   * query: the way before (the benchmark's old way, BENCHMARKS.md, part 5).
   */
  managedRead?: boolean;
}

export interface KeptOrder {
  /** The database version the order was read under: a page from it is good only while the version is the same. */
  version: string;
  /** The node the request's id named then. */
  elementId: string;
  ids: readonly number[];
}

interface Entry extends KeptOrder {
  storedAt: number;
}

export interface HubPages {
  readonly minRelationships: number;
  readonly managedRead: boolean;
  /** The kept order for a request's node id and filters, whatever version it was read under (the caller checks). */
  get(key: string): KeptOrder | undefined;
  put(key: string, order: KeptOrder): void;
  readonly size: number;
}

export function createHubPages(o: HubPageOptions = {}): HubPages {
  const minRelationships = o.minRelationships ?? 500;
  const maxEntries = o.maxEntries ?? 64;
  const maxIds = o.maxIds ?? 2_000_000;
  const ttlMs = o.ttlMs ?? 60_000;
  const now = o.now ?? Date.now;
  // Insertion order is recency: a hit is moved to the end, the first key is the least recently used.
  const entries = new Map<string, Entry>();
  let ids = 0;
  const drop = (key: string, entry: Entry) => {
    entries.delete(key);
    ids -= entry.ids.length;
  };
  return {
    minRelationships,
    managedRead: o.managedRead ?? false,
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      drop(key, entry);
      if (now() - entry.storedAt >= ttlMs) return undefined;
      entries.set(key, entry);
      ids += entry.ids.length;
      return entry;
    },
    put(key, order) {
      const old = entries.get(key);
      if (old) drop(key, old);
      if (order.ids.length > maxIds) return;
      entries.set(key, { ...order, storedAt: now() });
      ids += order.ids.length;
      for (const [k, e] of entries) {
        if (entries.size <= maxEntries && ids <= maxIds) break;
        drop(k, e);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
