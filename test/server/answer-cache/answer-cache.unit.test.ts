// The answer cache's pure parts: the store (versions, TTL, byte budget), ETags and If-None-Match, the encoding choice,
// the coalesced version reads, and the settings taken from the environment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createAnswerStore } from "../../../src/server/answer-cache/answer-store.ts";
import { etagFor, matchesIfNoneMatch } from "../../../src/server/answer-cache/etag.ts";
import { chooseEncoding } from "../../../src/server/answer-cache/encoding.ts";
import { createFreshRead } from "../../../src/server/db/fresh-read.ts";
import { answerCacheSettings } from "../../../src/server/config/answer-cache.ts";
import { loadEnv } from "../../../src/server/config/index.ts";
import { ConfigError } from "../../../src/server/errors.ts";

test("an answer is served for the version it was computed under, and a new version empties the store", () => {
  const store = createAnswerStore({ maxBytes: 1_000 });
  store.observe("v1");
  store.put("GET /a", "v1", '{"a":1}');
  assert.equal(store.get("GET /a", "v1")?.body, '{"a":1}');
  assert.equal(store.get("GET /b", "v1"), undefined);
  store.observe("v2");
  assert.equal(store.size, 0);
  assert.equal(store.get("GET /a", "v2"), undefined);
});

test("an answer computed under an older version than the latest seen is not kept", () => {
  const store = createAnswerStore({ maxBytes: 1_000 });
  store.observe("v1");
  store.observe("v2");
  const late = store.put("GET /a", "v1", "old");
  assert.equal(late.body, "old", "still sent to the request that made it");
  assert.equal(store.get("GET /a", "v1"), undefined);
  assert.equal(store.size, 0);
});

test("with a TTL an answer expires; without one it stays", () => {
  let now = 0;
  const withTtl = createAnswerStore({ maxBytes: 1_000, ttlMs: 100, now: () => now });
  const without = createAnswerStore({ maxBytes: 1_000, now: () => now });
  for (const store of [withTtl, without]) {
    store.observe("v");
    store.put("k", "v", "x");
  }
  now = 99;
  assert.ok(withTtl.get("k", "v"));
  now = 100;
  assert.equal(withTtl.get("k", "v"), undefined);
  now = 1e9;
  assert.ok(without.get("k", "v"));
});

test("over the byte budget the least recently used answers go first; a huge answer is not kept", () => {
  const store = createAnswerStore({ maxBytes: 100 });
  store.observe("v");
  store.put("a", "v", "x".repeat(20));
  store.put("b", "v", "x".repeat(20));
  store.put("c", "v", "x".repeat(20));
  store.get("a", "v"); // a is now the most recently used
  store.put("d", "v", "x".repeat(20));
  store.put("e", "v", "x".repeat(20));
  assert.equal(store.bytes, 100);
  store.put("f", "v", "x".repeat(20));
  assert.equal(store.get("b", "v"), undefined, "b was least recently used");
  assert.ok(store.get("a", "v"));
  assert.ok(store.bytes <= 100);
  store.put("huge", "v", "x".repeat(26));
  assert.equal(store.get("huge", "v"), undefined);
});

test("an ETag changes with the version and with the body, and is a quoted strong tag", () => {
  const tag = etagFor("v1", "{}");
  assert.match(tag, /^"[A-Za-z0-9_-]+-[A-Za-z0-9_-]+"$/);
  assert.equal(etagFor("v1", "{}"), tag);
  assert.notEqual(etagFor("v2", "{}"), tag);
  assert.notEqual(etagFor("v1", "[]"), tag);
});

test("If-None-Match matches the tag, its weak form, a list holding it, and *", () => {
  const tag = etagFor("v", "x");
  assert.ok(matchesIfNoneMatch(tag, tag));
  assert.ok(matchesIfNoneMatch(`W/${tag}`, tag));
  assert.ok(matchesIfNoneMatch(`"a", ${tag} ,"b"`, tag));
  assert.ok(matchesIfNoneMatch("*", tag));
  assert.ok(!matchesIfNoneMatch(undefined, tag));
  assert.ok(!matchesIfNoneMatch('"a", "b"', tag));
  assert.ok(!matchesIfNoneMatch(etagFor("w", "x"), tag));
});

test("the encoding is brotli, else gzip, by the client's weights; q=0 refuses one", () => {
  assert.equal(chooseEncoding("gzip, deflate, br"), "br");
  assert.equal(chooseEncoding("gzip"), "gzip");
  assert.equal(chooseEncoding("br;q=0, gzip"), "gzip");
  assert.equal(chooseEncoding("br;q=0.5, gzip;q=0.8"), "gzip");
  assert.equal(chooseEncoding("*"), "br");
  assert.equal(chooseEncoding("*, br;q=0"), "gzip");
  assert.equal(chooseEncoding("identity"), undefined);
  assert.equal(chooseEncoding(undefined), undefined);
});

test("version reads are shared, and a request never joins a read that started before it arrived", async () => {
  const reads: { resolve: (v: string) => void }[] = [];
  const probe = createFreshRead(() => new Promise<string>((resolve) => reads.push({ resolve })));
  const a = probe.current();
  const b = probe.current(); // a read is under way: b waits for the next one
  const c = probe.current(); // shares b's
  assert.equal(reads.length, 1);
  reads[0]!.resolve("v1");
  assert.equal(await a, "v1");
  await Promise.resolve();
  assert.equal(reads.length, 2, "the queued read started when the first ended");
  reads[1]!.resolve("v2");
  assert.deepEqual(await Promise.all([b, c]), ["v2", "v2"]);
  const d = probe.current();
  assert.equal(reads.length, 3);
  reads[2]!.resolve("v3");
  assert.equal(await d, "v3");
});

test("a failed version read fails its requests only; the next read starts afresh", async () => {
  let n = 0;
  const probe = createFreshRead(async () => {
    n++;
    if (n === 1) throw new Error("down");
    return `v${n}`;
  });
  await assert.rejects(probe.current(), /down/);
  assert.equal(await probe.current(), "v2");
});

test("settings: on by default, version only for the bundled Neo4j, a TTL with NEO4J_URI, off by switch or TTL 0", () => {
  const remote = { NEO4J_URI: "bolt://db:7687", NEO4J_USERNAME: "u", NEO4J_PASSWORD: "p" };
  assert.deepEqual(answerCacheSettings(loadEnv({})), { maxBytes: 64 * 2 ** 20 });
  assert.deepEqual(answerCacheSettings(loadEnv(remote)), { maxBytes: 64 * 2 ** 20, ttlMs: 5_000 });
  assert.deepEqual(answerCacheSettings(loadEnv({ ...remote, API_CACHE_TTL_MS: "250", API_CACHE_MAX_MB: "8" })), {
    maxBytes: 8 * 2 ** 20,
    ttlMs: 250,
  });
  assert.equal(answerCacheSettings(loadEnv({ ...remote, API_CACHE_TTL_MS: "0" })), undefined);
  assert.equal(answerCacheSettings(loadEnv({ API_CACHE: "off" })), undefined);
  assert.equal(answerCacheSettings(loadEnv({}), true), undefined);
});

test("bad cache settings name the variable", () => {
  for (const [name, value, message] of [
    ["API_CACHE", "yes", /API_CACHE: must be on or off/],
    ["API_CACHE_TTL_MS", "-1", /API_CACHE_TTL_MS/],
    ["API_CACHE_MAX_MB", "0", /API_CACHE_MAX_MB/],
  ] as const) {
    assert.throws(
      () => loadEnv({ [name]: value }),
      (e: Error) => e instanceof ConfigError && message.test(e.message),
    );
  }
});
