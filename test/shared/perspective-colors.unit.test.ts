// A generated perspective gives every label its own colour: palette colours never repeat a category's colour.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CATEGORY_COLORS, generatePerspective, type GraphSchema } from "../../src/shared/index.ts";

const label = (name: string, count: number) => ({
  name,
  count,
  properties: [{ key: "name", types: ["string" as const], share: 1, meanLength: 8 }],
});

test("people and works: Person keeps the article's red, and no other label takes it", () => {
  const schema: GraphSchema = {
    labels: [label("Person", 6), label("Book", 4), label("Film", 3), label("Company", 1)],
    relationshipTypes: [],
    sampled: false,
    sampleSize: 1000,
  };
  const { labels } = generatePerspective(schema);
  assert.equal(labels.Person?.color, CATEGORY_COLORS.Person);
  assert.equal(labels.Company?.color, CATEGORY_COLORS.Company);
  const colors = Object.values(labels).map((s) => s.color);
  assert.equal(new Set(colors).size, colors.length, colors.join(" "));
});
