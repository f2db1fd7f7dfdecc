// Perspectives generated from a schema: captions found by name or by shape, colours, phrases, captions in use.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  captionIn,
  captionProperty,
  generatePerspective,
  phraseIn,
  phraseOf,
  PerspectiveSchema,
  type GraphSchema,
  type LabelSchema,
} from "../../src/shared/index.ts";

const prop = (key: string, type: "string" | "integer" | "float", share = 1, meanLength?: number) => ({
  key,
  types: [type],
  share,
  ...(meanLength === undefined ? {} : { meanLength }),
});
const label = (name: string, properties: LabelSchema["properties"], count = 10): LabelSchema => ({
  name,
  count,
  properties,
});

test("captions: a known key first, else the shortest common string, else an always-set number, else none", () => {
  assert.equal(captionProperty(label("Person", [prop("born", "integer"), prop("name", "string", 1, 12)])), "name");
  assert.equal(captionProperty(label("Book", [prop("title", "string", 1, 20), prop("published", "integer")])), "title");
  assert.equal(captionProperty(label("Station", [prop("code", "integer"), prop("label", "string", 1, 9)])), "label");
  assert.equal(
    captionProperty(label("Thing", [prop("summary", "string", 1, 400), prop("handle", "string", 0.9, 8)])),
    "handle",
  );
  assert.equal(captionProperty(label("Reading", [prop("value", "float"), prop("sensor", "integer")])), "sensor");
  assert.equal(captionProperty(label("Empty", [])), null);
});

test("a generated perspective is valid, colours each label, and phrases each relationship type", () => {
  const schema: GraphSchema = {
    labels: [
      label(
        "Person",
        [prop("name", "string", 1, 12), prop("name_ja", "string", 0.8, 5), prop("aliases", "string")],
        40,
      ),
      label("Entity", [prop("id", "string")], 60),
      label("Film", [prop("title", "string", 1, 20)], 20),
    ],
    relationshipTypes: [{ name: "BROUGHT_BACK", count: 1, pairs: [], properties: [] }],
    sampled: false,
    sampleSize: 1000,
  };
  const perspective = PerspectiveSchema.parse(generatePerspective(schema));
  assert.deepEqual(Object.keys(perspective.labels).sort(), ["Film", "Person"]);
  assert.equal(perspective.labels.Person!.caption, "name");
  assert.deepEqual(perspective.labels.Person!.captionByLanguage, { ja: "name_ja" });
  assert.deepEqual(perspective.labels.Person!.names, ["aliases", "name_ja"]);
  assert.notEqual(perspective.labels.Person!.color, perspective.labels.Film!.color);
  assert.deepEqual(perspective.relationshipTypes.BROUGHT_BACK, { en: "brought back" });
  assert.equal(phraseOf("worksAt"), "works at");

  const ma = { id: "4:x:1", labels: ["Entity", "Person"], properties: { name: "Jack Ma", name_ja: "馬雲" } };
  assert.equal(captionIn(ma, perspective), "Jack Ma");
  assert.equal(captionIn(ma, perspective, "ja"), "馬雲");
  assert.equal(captionIn(ma, perspective, "zh"), "Jack Ma");
  assert.equal(captionIn({ id: "4:x:9", labels: ["Other"], properties: {} }, perspective), "Other 9");
  assert.equal(phraseIn("BROUGHT_BACK", perspective), "brought back");
  assert.equal(phraseIn("UNKNOWN_TYPE", perspective, "ja"), "unknown type");
});

test("a perspective file with a bad colour or an unknown key is refused, naming the place", () => {
  const bad = PerspectiveSchema.safeParse({
    format: "kg-explorer-perspective",
    version: 1,
    labels: { Person: { caption: "name", color: "red", colour: "#ffffff" } },
    relationshipTypes: {},
  });
  assert.equal(bad.success, false);
  const paths = bad.error!.issues.map((i) => i.path.join("."));
  assert.ok(paths.includes("labels.Person.color"), paths.join(", "));
  assert.ok(paths.includes("labels.Person"), paths.join(", "));
});
