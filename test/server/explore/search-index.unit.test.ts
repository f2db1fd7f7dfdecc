// What explorer_names covers, from a perspective and a sampled schema; and ranking over a perspective's name keys.
import assert from "node:assert/strict";
import { test } from "node:test";
import { indexPlan } from "../../../src/server/explore/search-index.ts";
import { searchKeys } from "../../../src/shared/index.ts";
import { createExplorerIndex } from "../../../src/server/queries/search-index.ts";
import {
  generatePerspective,
  matchedName,
  rankByName,
  searchableNames,
  type GraphSchema,
  type WireNode,
} from "../../../src/shared/index.ts";

const prop = (key: string, type: "string" | "integer" | "list", share = 1) => ({
  key,
  types: [type],
  share,
  ...(type === "string" ? { meanLength: 12 } : {}),
});

const schema: GraphSchema = {
  labels: [
    {
      name: "Person",
      count: 6,
      properties: [prop("name", "string"), prop("born", "integer"), prop("aliases", "list")],
    },
    { name: "Book", count: 4, properties: [prop("title", "string"), prop("published", "integer")] },
    { name: "Reading", count: 2, properties: [prop("sensor", "integer"), prop("value", "integer")] },
  ],
  relationshipTypes: [],
  sampled: true,
  sampleSize: 200,
};

test("the index covers each label's caption and names that hold text; a number-only label is left out", () => {
  const plan = indexPlan(generatePerspective(schema), schema);
  assert.deepEqual(plan.labels, ["Book", "Person"]);
  assert.deepEqual(plan.properties, ["aliases", "name", "title"]);
  assert.deepEqual(plan.byLabel, { Person: ["name", "aliases"], Book: ["title"] });
  assert.match(
    createExplorerIndex(plan.labels, plan.properties),
    /FOR \(n:`Book`\|`Person`\) ON EACH \[n\.`aliases`, n\.`name`, n\.`title`\]/,
  );
  assert.match(createExplorerIndex(["We`ird"], ["p"]), /n:`We``ird`/);
});

test("ranking considers a perspective's keys; without them, names are the article's as before", () => {
  const keys = searchKeys(generatePerspective(schema));
  const book = (id: string, title: string): WireNode => ({ id, labels: ["Book"], properties: { title } });
  const hits = [book("4:a:1", "Tales of the Hobbit"), book("4:a:2", "The Hobbit")];
  assert.deepEqual(
    rankByName(hits, (n) => n, "the hobbit", keys).map((n) => n.properties.title),
    ["The Hobbit", "Tales of the Hobbit"],
  );
  assert.equal(matchedName(hits[1]!, "hobbit", keys), "The Hobbit");
  assert.deepEqual(searchableNames(hits[1]!), []);
  const person: WireNode = { id: "4:a:3", labels: ["Person"], properties: { name: "Ursula", aliases: ["Le Guin"] } };
  assert.deepEqual(searchableNames(person), ["Ursula", "Le Guin"]);
  assert.equal(matchedName(person, "guin", keys), "Le Guin");
});
