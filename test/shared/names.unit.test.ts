import { test } from "node:test";
import assert from "node:assert/strict";
import { displayName, displayNameOf, isLanguage, namesOf } from "../../src/shared/index.ts";

const full = namesOf({ name: "Jack Ma", name_ja: "ジャック・マー", name_zh: "马云" });

test("each language shows its own name when there is one", () => {
  assert.equal(displayName(full, "en", "jack-ma", "e:1"), "Jack Ma");
  assert.equal(displayName(full, "ja", "jack-ma", "e:1"), "ジャック・マー");
  assert.equal(displayName(full, "zh", "jack-ma", "e:1"), "马云");
});

test("a missing name falls back to name, then name_ja, then name_zh", () => {
  const noZh = namesOf({ name: "Alibaba", name_ja: "アリババ" });
  assert.equal(displayName(noZh, "zh", null, "e:2"), "Alibaba");
  const jaOnly = namesOf({ name_ja: "通義千問", name_zh: "通义千问" });
  assert.equal(displayName(jaOnly, "en", null, "e:3"), "通義千問");
  const zhOnly = namesOf({ name_zh: "阿里云" });
  assert.equal(displayName(zhOnly, "ja", null, "e:4"), "阿里云");
});

test("without names: title, then slug, then the fallback (elementId)", () => {
  assert.equal(displayNameOf({ title: "記事", id: "src" }, "en", "e:9"), "記事");
  assert.equal(displayNameOf({ id: "jack-ma" }, "en", "e:1"), "jack-ma");
  assert.equal(displayNameOf({}, "ja", "e:1"), "e:1");
});

test("blank and non-string names are ignored", () => {
  const names = namesOf({ name: "  ", name_ja: 42, name_zh: "马云" });
  assert.deepEqual(names, { en: null, ja: null, zh: "马云", title: null });
});

test("isLanguage accepts only en, ja and zh", () => {
  assert.ok(isLanguage("ja"));
  assert.ok(!isLanguage("fr"));
  assert.ok(!isLanguage(undefined));
});
