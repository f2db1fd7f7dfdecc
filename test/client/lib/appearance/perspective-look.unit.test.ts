// The stage's node look: a label set's styled label is worked out once, and a node's caption comes with its language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createNodeLook, type LookNode } from "../../../../src/client/lib/appearance/index.ts";
import { captionIn, captionLanguageIn, PerspectiveSchema, type Language } from "../../../../src/shared/index.ts";

const perspective = PerspectiveSchema.parse(
  JSON.parse(await readFile(new URL("../../../../graph/perspective.json", import.meta.url), "utf8")),
);
const node = (labels: string[], properties: LookNode["properties"]): LookNode => ({ labels, properties, degree: 2 });
const nodes: Record<string, LookNode> = {
  "e:1": node(["Entity", "Person"], { name: "Jack Ma", name_ja: "ジャック・マー", name_zh: "马云" }),
  "e:2": node(["Entity", "Company"], { name: "Alibaba Group", name_ja: "アリババ" }),
  "e:3": node(["Entity", "Model"], { name: 2024 }),
  "e:4": node(["Entity", "Investment"], { amount: 5 }),
};
const look = createNodeLook(perspective, () => Object.values(nodes));

test("the same label set gives the same styled label object; another set another one; an unstyled set none", () => {
  const person = look.styleOf(["Entity", "Person"]);
  assert.equal(person?.label, "Person");
  assert.equal(person?.style, perspective.labels.Person);
  assert.equal(look.styleOf(["Entity", "Person"]), person, "a new array with the same labels");
  assert.equal(look.styleOf(nodes["e:1"]!.labels), person, "the node's own array");
  assert.equal(look.styleOf(nodes["e:1"]!.labels), person, "the node's own array again");
  const company = look.styleOf(["Entity", "Company"]);
  assert.equal(company?.label, "Company");
  assert.notEqual(company, person);
  assert.notEqual(look.styleOf(["Person"]), person, "another label set, though styled by the same label");
  assert.equal(look.styleOf(["Person"])?.label, "Person");
  assert.equal(look.styleOf(["Entity", "NoSuchLabel"]), null);
  assert.equal(look.of("x:1", node(["NoSuchLabel"], { name: "x" }), "en"), null);
});

test("a node's caption comes with its language, as captionIn and captionLanguageIn give them", () => {
  const expected: Record<string, Record<Language, [string, Language | null]>> = {
    "e:1": { en: ["Jack Ma", "en"], ja: ["ジャック・マー", "ja"], zh: ["马云", "zh"] },
    "e:2": { en: ["Alibaba Group", "en"], ja: ["アリババ", "ja"], zh: ["Alibaba Group", "en"] },
    "e:3": { en: ["Model 2024", null], ja: ["Model 2024", null], zh: ["Model 2024", null] },
    "e:4": { en: ["Investment 4", null], ja: ["Investment 4", null], zh: ["Investment 4", null] },
  };
  for (const [key, n] of Object.entries(nodes))
    for (const language of ["en", "ja", "zh"] as const) {
      const shown = look.of(key, n, language);
      const wire = { id: key, labels: [...n.labels], properties: n.properties };
      assert.deepEqual([shown?.caption, shown?.captionLanguage], expected[key]![language], `${key} in ${language}`);
      assert.equal(shown?.caption, captionIn(wire, perspective, language));
      assert.equal(shown?.captionLanguage, captionLanguageIn(wire, perspective, language));
    }
});
