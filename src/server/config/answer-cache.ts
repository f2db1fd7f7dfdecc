// The answer cache's settings from the environment: keyed on the database version for the bundled Neo4j, with a
// time-to-live as well for a server given by NEO4J_URI, where others may write without bumping the version.
import type { AnswerCacheSettings } from "../http/answer-cache.ts";
import type { Env } from "./schema.ts";

/** Undefined: no cache (API_CACHE=off, `--no-cache`, or NEO4J_URI with API_CACHE_TTL_MS=0). */
export function answerCacheSettings(env: Env, off = false): AnswerCacheSettings | undefined {
  if (off || env.API_CACHE === "off") return undefined;
  const maxBytes = env.API_CACHE_MAX_MB * 2 ** 20;
  if (!env.NEO4J_URI) return { maxBytes };
  return env.API_CACHE_TTL_MS === 0 ? undefined : { maxBytes, ttlMs: env.API_CACHE_TTL_MS };
}
