// The generator: deterministic per seed, exact counts, the model's kinds at both ends, a heavy tail, clear refusals.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  createDataset,
  ENTITY_LABELS,
  RELATIONSHIP_RULES,
  type Dataset,
  type GenerateOptions,
} from "../../src/generate/index.ts";
import { BadRequestError } from "../../src/server/errors.ts";

function drain(dataset: Dataset) {
  const relationships = [...dataset.relationships];
  return { entities: dataset.entities, relationships, manifest: dataset.manifest() };
}

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");
const small: GenerateOptions = { entities: 2_000, relationships: 20_000, seed: 7 };

test("the same seed gives the same rows and manifest; another seed does not", () => {
  const a = drain(createDataset(small));
  const b = drain(createDataset(small));
  assert.equal(digest(a), digest(b));
  const c = drain(createDataset({ ...small, seed: 8 }));
  assert.notEqual(digest(a.relationships), digest(c.relationships));
  assert.notEqual(digest(a.entities), digest(c.entities));
});

test("entities do not change when only the relationship count does", () => {
  const a = createDataset(small).entities;
  const b = createDataset({ ...small, relationships: 5 }).entities;
  assert.equal(digest(a), digest(b));
});

test("counts are exact and the manifest adds up", () => {
  const { entities, relationships, manifest } = drain(createDataset(small));
  assert.equal(entities.length, 2_000);
  assert.equal(relationships.length, 20_000);
  assert.equal(manifest.entities, 2_000);
  assert.equal(manifest.relationships, 20_000);
  assert.equal(
    Object.values(manifest.labels).reduce((x, y) => x + y, 0),
    2_000,
  );
  assert.equal(
    Object.values(manifest.types).reduce((x, y) => x + y, 0),
    20_000,
  );
  assert.equal(new Set(entities.map((e) => e.props.id)).size, 2_000, "ids are unique");
  for (const label of ENTITY_LABELS) assert.ok((manifest.labels[label] ?? 0) > 0, `${label} present`);
});

test("every relationship joins the kinds its rule names, once, never a node to itself, with a Japanese quote naming both", () => {
  const { entities, relationships, manifest } = drain(createDataset(small));
  const byId = new Map(entities.map((e) => [e.props.id, e]));
  const allowed = new Set(RELATIONSHIP_RULES.map((r) => `${r.from}-${r.type}-${r.to}`));
  const seen = new Set<string>();
  for (const r of relationships) {
    const from = byId.get(r.from)!;
    const to = byId.get(r.to)!;
    assert.ok(allowed.has(`${from.label}-${r.type}-${to.label}`), `${from.label}-${r.type}-${to.label}`);
    assert.notEqual(r.from, r.to);
    const key = `${r.from}|${r.type}|${r.to}`;
    assert.ok(!seen.has(key), `duplicate ${key}`);
    seen.add(key);
    assert.equal(r.props.source, manifest.source.id);
    assert.ok(
      r.props.quote.includes(String(from.props.name_ja)) && r.props.quote.includes(String(to.props.name_ja)),
      r.props.quote,
    );
  }
});

test("names come in English, Japanese and Chinese, and aliases_text joins the aliases", () => {
  for (const e of createDataset({ ...small, relationships: 0 }).entities.filter((_, i) => i % 97 === 0)) {
    const p = e.props;
    assert.match(String(p.name), /^[A-Z][A-Za-z0-9 .-]+$/);
    assert.match(String(p.name_ja), /[\u30a0-\u30ff\u4e00-\u9fff]/);
    assert.match(String(p.name_zh), /[\u4e00-\u9fff]/);
    assert.ok(Array.isArray(p.aliases) && p.aliases.includes(String(p.name)));
    assert.equal(p.aliases_text, (p.aliases as string[]).join(" | "));
  }
});

test("degrees are heavy-tailed: hubs far above the median, and a flat draw without the Zipf weights", () => {
  const heavy = drain(createDataset({ entities: 10_000, relationships: 100_000, seed: 1 })).manifest;
  assert.ok(heavy.degree.max >= 50 * heavy.degree.p50, `max ${heavy.degree.max}, median ${heavy.degree.p50}`);
  assert.ok(heavy.degree.p99 >= 10 * heavy.degree.p50);
  assert.equal(heavy.hubs[0]!.degree, heavy.degree.max);
  assert.ok(
    heavy.hubs.every((h, i) => i === 0 || h.degree <= heavy.hubs[i - 1]!.degree),
    "hubs busiest first",
  );
  // Counts of entities with degree >= 2^k fall off roughly geometrically: a power law, not a bell.
  const tail = Object.values(heavy.degree.atLeast);
  assert.ok(tail.every((n, i) => i === 0 || n <= tail[i - 1]!));
  const flat = drain(createDataset({ entities: 10_000, relationships: 100_000, seed: 1, zipfExponent: 0 })).manifest;
  // Without Zipf weights only the kinds' sizes differ (a few places take every BASED_IN): no entity comes near a hub.
  assert.ok(flat.degree.max * 10 < heavy.degree.max, `flat max ${flat.degree.max}, heavy max ${heavy.degree.max}`);
  assert.ok(heavy.ordinary.length > 0);
});

test("impossible requests are refused with a message naming the option", () => {
  assert.throws(
    () => createDataset({ entities: 3, relationships: 1, seed: 1 }),
    (e: unknown) => e instanceof BadRequestError && /--entities/.test(e.message),
  );
  assert.throws(() => createDataset({ entities: 100, relationships: 1, seed: -1 }), /--seed/);
  assert.throws(() => createDataset({ entities: 100, relationships: 1.5, seed: 1 }), /--relationships/);
  const tooMany = createDataset({ entities: 20, relationships: 10_000, seed: 1 });
  assert.throws(() => [...tooMany.relationships], /ask for fewer relationships or more entities/);
  assert.throws(() => createDataset(small).manifest(), /only after every relationship/);
});
