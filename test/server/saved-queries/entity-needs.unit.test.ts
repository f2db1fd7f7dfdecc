// Saved-query headers for any graph: `entity` parameters and `// needs:` lines parse, bad ones name their line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SavedQuerySchema } from "../../../src/shared/index.ts";
import {
  coerceParams,
  missingNeeds,
  parseNeeds,
  parseSavedQuery,
  savedQueriesDir,
  loadSavedQueries,
} from "../../../src/server/saved-queries/index.ts";

const file = (...lines: string[]) => ["// title: T", "// description: D", ...lines].join("\n");
const parse = (text: string) => parseSavedQuery(text, "x", "q/x.cypher");
const problems = (text: string) => parse(text).problems.map((p) => `${p.line}: ${p.message}`);

describe("entity parameters", () => {
  it("parse with a name or a slug as default and example, and keep the text until the query runs", () => {
    const r = parse(
      file(
        "// param: from | entity | default Jack Ma | example 馬雲 | Where the route starts",
        "MATCH (n) WHERE elementId(n) = $from RETURN n",
      ),
    );
    assert.deepEqual(r.problems, []);
    const param = r.query!.params[0]!;
    assert.deepEqual([param.type, param.default, param.example], ["entity", "Jack Ma", "馬雲"]);
    SavedQuerySchema.parse(r.query);
    assert.deepEqual(coerceParams(r.query!, {}), { from: "Jack Ma" });
    assert.deepEqual(coerceParams(r.query!, { from: "jack-ma" }), { from: "jack-ma" });
    assert.deepEqual(coerceParams(r.query!, { from: 102 }), { from: "102" });
  });

  it("refuse an empty value", () => {
    assert.deepEqual(problems(file("// param: e | entity | default | example x | E", "RETURN $e AS e")), [
      "3: param 'e' default: expected a name, a slug or an element id, got ''",
    ]);
    const q = parse(file("// param: e | entity | default a | example x | E", "RETURN $e AS e")).query!;
    assert.throws(() => coerceParams(q, { e: "  " }), /Parameter 'e' of saved query 'x': expected a name/);
  });
});

describe("needs: lines", () => {
  it("list labels and relationship types, ':' and singular words allowed", () => {
    assert.deepEqual(parseNeeds("labels Person, :Book | types WROTE"), {
      needs: { labels: ["Person", "Book"], types: ["WROTE"] },
    });
    assert.deepEqual(parseNeeds("type ACTED_IN"), { needs: { labels: [], types: ["ACTED_IN"] } });
    const r = parse(file("// needs: labels Entity, Investment | types INVESTS", "MATCH (n:Entity) RETURN n"));
    assert.deepEqual(r.query!.needs, { labels: ["Entity", "Investment"], types: ["INVESTS"] });
    assert.equal(parse(file("MATCH (n) RETURN n")).query!.needs, undefined);
  });

  it("name a bad part and a bad name with the line", () => {
    assert.deepEqual(problems(file("// needs: nodes Person", "RETURN 1 AS one")), [
      "3: needs part 'nodes Person' is not 'labels NAMES' or 'types NAMES' (format: labels A, B | types T, U)",
    ]);
    assert.deepEqual(problems(file("// needs: labels Per son, ", "RETURN 1 AS one")), [
      "3: needs: 'Per son' is not a label or relationship type name",
      "3: needs: '' is not a label or relationship type name",
    ]);
  });

  it("say what the database lacks, or nothing when it has everything", () => {
    const needs = { labels: ["Entity", "Investment"], types: ["INVESTS"] };
    assert.equal(missingNeeds(needs, new Set(["Entity", "Investment"]), new Set(["INVESTS"])), null);
    assert.equal(
      missingNeeds(needs, new Set(["Person"]), new Set()),
      "needs label :Entity and label :Investment and relationship type :INVESTS, which this database lacks",
    );
    assert.equal(missingNeeds(undefined, new Set(), new Set()), null);
  });

  it("the article's queries that read :Entity say so", async () => {
    const queries = await loadSavedQueries(savedQueriesDir());
    for (const q of queries.filter((x) => /:Entity\b/.test(x.cypher)))
      assert.ok(q.needs?.labels.includes("Entity"), `${q.name} declares needs: labels Entity`);
    const entityParams = queries.flatMap((q) => q.params.filter((p) => p.type === "entity").map(() => q.name));
    assert.ok(entityParams.includes("routes-between") && entityParams.includes("entity-neighbourhood"));
  });
});
