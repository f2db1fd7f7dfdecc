// Which language a shown name came from, so the page can mark a name shown in another language than the chosen one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  captionIn,
  captionLanguageIn,
  displayNameLanguage,
  displayNameLanguageOf,
  displayNameOf,
  LANGUAGES,
  namesOf,
  PerspectiveSchema,
  type Properties,
} from "../../src/shared/index.ts";

const article = PerspectiveSchema.parse(
  JSON.parse(readFileSync(new URL("../../graph/perspective.json", import.meta.url), "utf8")),
);
const node = (properties: Properties, labels = ["Entity", "Person"]) => ({
  id: "4:x:1",
  labels,
  properties,
});

test("a name in the chosen language is in that language", () => {
  const full = namesOf({ name: "Jack Ma", name_ja: "ジャック・マー", name_zh: "马云" });
  for (const language of LANGUAGES) assert.equal(displayNameLanguage(full, language), language);
});

test("a missing name falls back, and the rule names the language the fallback is in", () => {
  const event = { name: "Release of ChatGPT", name_ja: "ChatGPTのリリース" };
  assert.equal(displayNameLanguageOf(event, "zh"), "en");
  assert.equal(displayNameOf(event, "zh", "e:1"), "Release of ChatGPT");
  const jaOnly = { name_ja: "通義千問", name_zh: "通义千问" };
  assert.equal(displayNameLanguageOf(jaOnly, "en"), "ja");
  assert.equal(displayNameLanguageOf({ name_zh: "阿里云" }, "ja"), "zh");
  // Blank names do not count, as in displayName.
  assert.equal(displayNameLanguageOf({ name: "  ", name_ja: "アリババ" }, "en"), "ja");
});

test("a title, a slug or an id is in no language: nothing to mark", () => {
  assert.equal(displayNameLanguageOf({ title: "記事", id: "src" }, "en"), null);
  assert.equal(displayNameLanguageOf({ id: "jack-ma" }, "zh"), null);
});

test("under a perspective, the caption's language follows captionByLanguage, and agrees with captionIn", () => {
  const event = node({ name: "US-China geopolitical rivalry", name_ja: "米中間の地政学的対立" }, ["Entity", "Event"]);
  assert.equal(captionIn(event, article, "zh"), "US-China geopolitical rivalry");
  assert.equal(captionLanguageIn(event, article, "zh"), "en");
  assert.equal(captionLanguageIn(event, article, "ja"), "ja");
  const jaOnly = node({ name_ja: "ジャック・マー" });
  assert.equal(captionIn(jaOnly, article, "zh"), "ジャック・マー");
  assert.equal(captionLanguageIn(jaOnly, article, "zh"), "ja");
  assert.equal(captionLanguageIn(node({ name: "Jack Ma", name_zh: "马云" }), article, "zh"), "zh");
});

test("under a perspective, a caption key tied to no language, a number or an unstyled label gives null", () => {
  const perspective = PerspectiveSchema.parse({
    format: "kg-explorer-perspective",
    version: 1,
    labels: {
      Book: { caption: "title", captionByLanguage: { ja: "title_ja" }, color: "#336699" },
      Room: { caption: "number", color: "#996633" },
    },
    relationshipTypes: {},
  });
  assert.equal(captionLanguageIn(node({ title: "Snow Country", title_ja: "雪国" }, ["Book"]), perspective, "ja"), "ja");
  assert.equal(captionLanguageIn(node({ title: "Snow Country" }, ["Book"]), perspective, "ja"), null);
  assert.equal(captionLanguageIn(node({ number: 12 }, ["Room"]), perspective, "en"), null);
  assert.equal(captionLanguageIn(node({ name: "x" }, ["Nothing"]), perspective, "en"), null);
});
