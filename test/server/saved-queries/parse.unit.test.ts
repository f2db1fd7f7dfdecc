// Saved-query headers: the good shape parses, every kind of mistake names its file and line, and the shipped files all parse.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { SavedQuerySchema } from "../../../src/shared/index.ts";
import {
  loadSavedQueries,
  parseSavedQuery,
  savedQueriesDir,
  SavedQueryError,
} from "../../../src/server/saved-queries/index.ts";

const GOOD = `// title: Who invested how much, in what
// description: Every investment, with amount and currency.
// description: A second line joins the first.
//
// param: minAmount | number | default 0 | example 1_000_000_000 | Smallest amount, in the investment's currency
// param: entity | string | default jack-ma | example eddie-wu | Entity id (slug) | with a pipe
// param: limit | integer | default 10 | example 3 | How many
// param: strict | boolean | default false | example yes | Only stated facts
// param: since | date | default 2019-01-01 | example 2024-02-29 | Earliest date
// param: label | string | default "" | example " padded " | Empty means any
// tags: money, investments ,,
MATCH (n:Entity {id: $entity})-[r]->(i:Investment)
WHERE i.amount >= $minAmount AND ($strict = false OR r.note IS NULL) AND date($since) <= date() AND ($label = '' OR $label IN labels(i))
RETURN n, r, i, '$notAParam' AS text // $alsoNot
LIMIT $limit;
`;

/** The problems for one bad file, as `file:line: message` lines. */
function problems(text: string, name = "x"): string[] {
  const result = parseSavedQuery(text, name, `graph/queries/${name}.cypher`);
  assert.equal(result.query, undefined, "expected the file to be rejected");
  return result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
}

const header = (...lines: string[]) => [`// title: T`, `// description: D`, ...lines].join("\n");

describe("parseSavedQuery, good header", () => {
  const result = parseSavedQuery(GOOD, "investments", "graph/queries/investments.cypher");

  it("gives a SavedQuery matching the wire schema", () => {
    assert.deepEqual(result.problems, []);
    assert.ok(result.query);
    SavedQuerySchema.parse(result.query);
    assert.equal(result.query.name, "investments");
    assert.equal(result.query.title, "Who invested how much, in what");
    assert.equal(
      result.query.description,
      "Every investment, with amount and currency. A second line joins the first.",
    );
    assert.deepEqual(result.query.tags, ["money", "investments"]);
  });

  it("types defaults and examples, keeps pipes in descriptions and reads double-quoted values as JSON", () => {
    const params = Object.fromEntries(result.query!.params.map((p) => [p.name, p]));
    assert.deepEqual(Object.keys(params), ["minAmount", "entity", "limit", "strict", "since", "label"]);
    assert.deepEqual(params.minAmount, {
      name: "minAmount",
      type: "number",
      default: 0,
      example: 1_000_000_000,
      description: "Smallest amount, in the investment's currency",
    });
    assert.equal(params.entity!.description, "Entity id (slug) | with a pipe");
    assert.equal(params.limit!.default, 10);
    assert.equal(params.strict!.example, true);
    assert.equal(params.since!.example, "2024-02-29");
    assert.equal(params.label!.default, "");
    assert.equal(params.label!.example, " padded ");
  });

  it("keeps the Cypher below the header, without the trailing semicolon", () => {
    assert.match(result.query!.cypher, /^MATCH \(n:Entity/);
    assert.match(result.query!.cypher, /LIMIT \$limit$/);
    assert.ok(!result.query!.cypher.includes("// title"));
  });

  it("accepts CRLF line ends and a file without parameters", () => {
    const r = parseSavedQuery("// title: T\r\n// description: D\r\nMATCH (n) RETURN n\r\n", "plain", "plain.cypher");
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.query!.params, []);
    assert.deepEqual(r.query!.tags, []);
  });
});

describe("parseSavedQuery, bad headers name file and line", () => {
  it("an unknown param type", () => {
    const text = header("// param: n | nmber | default 1 | example 2 | N", "RETURN $n AS n");
    assert.deepEqual(problems(text), [
      "graph/queries/x.cypher:3: param type 'nmber' is not one of string, number, integer, boolean, date, entity",
    ]);
  });

  it("a missing title or description", () => {
    assert.deepEqual(problems("// description: D\nRETURN 1"), [
      "graph/queries/x.cypher:1: missing '// title: ...' header line",
    ]);
    assert.deepEqual(problems("// title: T\nRETURN 1"), [
      "graph/queries/x.cypher:1: missing '// description: ...' header line",
    ]);
  });

  it("an unknown key, a line that is not key: value, a title given twice, an empty title", () => {
    const text = "// title: T\n// description: D\n// titel: typo\n// just words\n// title: again\nRETURN 1";
    assert.deepEqual(problems(text), [
      "graph/queries/x.cypher:3: unknown header key 'titel' (keys: title, description, param, tags, needs)",
      "graph/queries/x.cypher:4: header line is not 'key: value' (keys: title, description, param, tags, needs): just words",
      "graph/queries/x.cypher:5: 'title' given twice (first on line 1)",
    ]);
    assert.deepEqual(problems("// title:\n// description: D\nRETURN 1"), ["graph/queries/x.cypher:1: title is empty"]);
  });

  it("a param line with too few fields, a bad name, missing keywords, or values of the wrong type", () => {
    assert.match(
      problems(header("// param: n | integer | default 1", "RETURN $n"))[0]!,
      /^graph\/queries\/x\.cypher:3: param needs 5 fields separated by '\|'.*got 3$/,
    );
    assert.match(
      problems(header("// param: 1n | integer | default 1 | example 2 | N", "RETURN 1"))[0]!,
      /:3: param name '1n' is not a Cypher parameter name/,
    );
    assert.deepEqual(problems(header("// param: n | integer | 1 | example 2 | N", "RETURN $n")), [
      "graph/queries/x.cypher:3: param 'n': expected 'default VALUE' as field 3, got '1' (format: name | type | default VALUE | example VALUE | description)",
    ]);
    assert.deepEqual(problems(header("// param: n | integer | default 1.5 | example ten | N", "RETURN $n")), [
      "graph/queries/x.cypher:3: param 'n' default: expected a whole number, got '1.5'",
      "graph/queries/x.cypher:3: param 'n' example: expected a whole number, got 'ten'",
    ]);
    assert.deepEqual(
      problems(header("// param: d | date | default 2023-02-30 | example 2024-01-01 | D", "RETURN $d")),
      ["graph/queries/x.cypher:3: param 'd' default: '2023-02-30' is not a calendar date"],
    );
    assert.deepEqual(problems(header("// param: n | string | default a | example b |  ", "RETURN $n")), [
      "graph/queries/x.cypher:3: param description is empty",
    ]);
  });

  it("a param declared twice", () => {
    const text = header(
      "// param: n | string | default a | example b | N",
      "// param: n | string | default a | example b | N",
      "RETURN $n",
    );
    assert.deepEqual(problems(text), ["graph/queries/x.cypher:4: param 'n' declared twice (first on line 3)"]);
  });

  it("a $param used but not declared points at the line that uses it", () => {
    const text = header(
      "// param: a | string | default x | example y | A",
      "MATCH (n {id: $a})",
      "WHERE n.year > $year",
      "RETURN n",
    );
    assert.deepEqual(problems(text), [
      "graph/queries/x.cypher:5: $year is used but not declared: add '// param: year | type | default ... | example ... | description'",
    ]);
  });

  it("a declared param the Cypher never uses, even if it appears in a string or a comment", () => {
    const text = header(
      "// param: a | string | default x | example y | A",
      "MATCH (n) // uses $a? no",
      "RETURN '$a' AS a, \"$a\" AS b, n /* $a */",
    );
    assert.deepEqual(problems(text), ["graph/queries/x.cypher:3: param 'a' is declared but the Cypher never uses $a"]);
  });

  it("no Cypher, or more than one statement", () => {
    assert.deepEqual(problems(header("", "// only a comment")), [
      "graph/queries/x.cypher:3: no Cypher after the header",
    ]);
    assert.deepEqual(problems(header("RETURN 1;", "RETURN 2;")), [
      "graph/queries/x.cypher:3: one statement per file: a ';' may only end the query",
    ]);
    const fine = parseSavedQuery(header("RETURN ';' AS semi;", "// trailing comment"), "x", "x.cypher");
    assert.deepEqual(fine.problems, [], "a ';' in a string or a final one is fine");
  });

  it("a file name that is not kebab-case", () => {
    assert.deepEqual(problems(header("RETURN 1"), "My_Query"), [
      "graph/queries/My_Query.cypher:1: file name 'My_Query.cypher' is not kebab-case (lower-case words joined by '-'): it is the query's name",
    ]);
  });
});

describe("loadSavedQueries", () => {
  const dir = mkdtempSync(join(tmpdir(), "saved-queries-"));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("reads *.cypher sorted by name and ignores other files", async () => {
    const d = join(dir, "good");
    mkdirSync(d);
    writeFileSync(join(d, "b-query.cypher"), header("RETURN 1 AS one"));
    writeFileSync(join(d, "a-query.cypher"), header("RETURN 2 AS two"));
    writeFileSync(join(d, "README.md"), "not a query");
    const queries = await loadSavedQueries(d);
    assert.deepEqual(
      queries.map((q) => q.name),
      ["a-query", "b-query"],
    );
  });

  it("fails with every problem of every file, paths relative to the given base", async () => {
    const d = join(dir, "bad");
    mkdirSync(d);
    writeFileSync(join(d, "x.cypher"), header("// param: n | nmber | default 1 | example 2 | N", "RETURN $n"));
    writeFileSync(join(d, "y.cypher"), "// title: Y\nRETURN $q");
    writeFileSync(join(d, "z.cypher"), header("RETURN 1"));
    await assert.rejects(loadSavedQueries(d, { relativeTo: dir }), (err: unknown) => {
      assert.ok(err instanceof SavedQueryError);
      assert.equal(
        err.message,
        [
          "bad/x.cypher:3: param type 'nmber' is not one of string, number, integer, boolean, date, entity",
          "bad/y.cypher:1: missing '// description: ...' header line",
          "bad/y.cypher:2: $q is used but not declared: add '// param: q | type | default ... | example ... | description'",
        ].join("\n"),
      );
      assert.equal(err.problems.length, 3);
      return true;
    });
  });

  it("a missing folder is a clear error", async () => {
    await assert.rejects(loadSavedQueries(join(dir, "nope")), /Cannot read the saved-query folder .*nope/);
  });
});

describe("the shipped graph/queries", () => {
  it("all parse, at least 15, with titles, descriptions, tags and typed defaults and examples", async () => {
    const queries = await loadSavedQueries(savedQueriesDir());
    assert.ok(queries.length >= 15, `${queries.length} saved queries`);
    for (const q of queries) {
      SavedQuerySchema.parse(q);
      assert.ok(q.tags.length > 0, `${q.name} has tags`);
      assert.ok(!/\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP|FOREACH)\b/.test(q.cypher), `${q.name} reads only`);
    }
    assert.ok(queries.filter((q) => q.params.length > 0).length >= 5, "several take parameters");
    const types = new Set(queries.flatMap((q) => q.params.map((p) => p.type)));
    for (const t of ["string", "number", "integer", "boolean"])
      assert.ok(types.has(t as never), `some query takes a ${t}`);
  });
});
