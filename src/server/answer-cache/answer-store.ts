// The cached answers themselves: serialised bodies keyed by request, valid for one database version (and, against a
// server others may write to, for a time-to-live); least recently used go first when the byte budget is spent.
import { etagFor } from "./etag.ts";

export interface CachedAnswer {
  version: string;
  storedAt: number;
  body: string;
  etag: string;
  bytes: number;
  /** Compressed bodies, made on first request for each encoding. */
  encoded: Map<string, Buffer>;
}

export interface AnswerStoreOptions {
  /** Answers older than this (ms) are not served; undefined: valid until the version changes. */
  ttlMs?: number;
  /** Total body bytes kept; a single answer over a quarter of this is not kept. */
  maxBytes: number;
  now?: () => number;
}

export interface AnswerStore {
  /** Tells the store the version a request saw; a new one empties it (no answer of an older version is wanted again). */
  observe(version: string): void;
  get(key: string, version: string): CachedAnswer | undefined;
  /** Keeps an answer computed under `version`; dropped when a newer version was seen meanwhile. */
  put(key: string, version: string, body: string): CachedAnswer;
  readonly size: number;
  readonly bytes: number;
}

export function createAnswerStore({ ttlMs, maxBytes, now = Date.now }: AnswerStoreOptions): AnswerStore {
  // A Map iterates in insertion order: re-inserting on each hit makes its first key the least recently used.
  const entries = new Map<string, CachedAnswer>();
  let current: string | undefined;
  let bytes = 0;

  const drop = (key: string, entry: CachedAnswer) => {
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const clear = () => {
    entries.clear();
    bytes = 0;
  };

  return {
    observe(version) {
      if (version === current) return;
      current = version;
      clear();
    },
    get(key, version) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.version !== version || (ttlMs !== undefined && now() - entry.storedAt >= ttlMs)) {
        drop(key, entry);
        return undefined;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    put(key, version, body) {
      const entry: CachedAnswer = {
        version,
        storedAt: now(),
        body,
        etag: etagFor(version, body),
        bytes: Buffer.byteLength(body),
        encoded: new Map(),
      };
      if (version !== current || entry.bytes > maxBytes / 4) return entry;
      const old = entries.get(key);
      if (old) drop(key, old);
      entries.set(key, entry);
      bytes += entry.bytes;
      for (const [k, e] of entries) {
        if (bytes <= maxBytes) break;
        drop(k, e);
      }
      return entry;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
