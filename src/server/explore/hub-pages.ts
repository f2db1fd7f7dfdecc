// Page order of busy nodes, kept per node, filters and database version: a hub's relationships are read and sorted
// once, then each page fetches only its own relationships by internal id, in the same stable order from page to page.

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
}

interface Entry {
  version: string;
  storedAt: number;
  ids: readonly number[];
}

export interface HubPages {
  readonly minRelationships: number;
  get(key: string, version: string): readonly number[] | undefined;
  put(key: string, version: string, ids: readonly number[]): void;
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
    get(key, version) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      drop(key, entry);
      if (entry.version !== version || now() - entry.storedAt >= ttlMs) return undefined;
      entries.set(key, entry);
      ids += entry.ids.length;
      return entry.ids;
    },
    put(key, version, list) {
      const old = entries.get(key);
      if (old) drop(key, old);
      if (list.length > maxIds) return;
      entries.set(key, { version, storedAt: now(), ids: list });
      ids += list.length;
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
