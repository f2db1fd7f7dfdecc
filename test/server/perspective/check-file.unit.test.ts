// A perspective file's problems (bad JSON, unknown label, wrong colour, a caption no node has) name the file, the key
// path and its line, and the generated perspective is served instead; the shipped graph/perspective.json is sound.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { generatePerspective, type GraphSchema } from "../../../src/shared/index.ts";
import { resolvePerspective } from "../../../src/server/perspective/index.ts";

const SCHEMA: GraphSchema = {
  labels: [
    {
      name: "Person",
      count: 2,
      properties: [
        { key: "name", types: ["string"], share: 1, meanLength: 8 },
        { key: "born", types: ["integer"], share: 1 },
      ],
    },
    { name: "Book", count: 1, properties: [{ key: "title", types: ["string"], share: 1, meanLength: 12 }] },
  ],
  relationshipTypes: [{ name: "WROTE", count: 1, pairs: [{ from: "Person", to: "Book", count: 1 }], properties: [] }],
  sampled: false,
  sampleSize: 1000,
};

const good = () => ({
  format: "kg-explorer-perspective",
  version: 1,
  labels: {
    Person: { caption: "name", color: "#112233", size: { by: "property", property: "born" } },
    Book: { caption: "title", color: "#445566" },
  },
  relationshipTypes: { WROTE: { en: "wrote", ja: "書いた" } },
});

const file = (json: unknown) => ({ name: "graph/perspective.json", text: JSON.stringify(json, null, 2) });

describe("resolvePerspective", () => {
  it("serves a sound file as written", () => {
    const answer = resolvePerspective(file(good()), SCHEMA);
    assert.equal(answer.source, "file");
    assert.deepEqual(answer.problems, []);
    assert.equal(answer.perspective.labels.Person?.color, "#112233");
    assert.deepEqual(answer.perspective.labels.Book?.size, { by: "degree" });
  });

  it("generates one without a file", () => {
    const answer = resolvePerspective(null, SCHEMA);
    assert.equal(answer.source, "generated");
    assert.deepEqual(answer.perspective, generatePerspective(SCHEMA));
  });

  it("names an unknown label with its line and falls back to the generated perspective", () => {
    const json = good();
    (json.labels as Record<string, unknown>).Film = { caption: "title", color: "#000000" };
    const answer = resolvePerspective(file(json), SCHEMA);
    assert.equal(answer.source, "generated");
    assert.deepEqual(answer.perspective, generatePerspective(SCHEMA));
    assert.equal(answer.problems.length, 1);
    const [problem] = answer.problems;
    assert.equal(problem?.file, "graph/perspective.json");
    assert.equal(problem?.path, "labels.Film");
    assert.equal(
      problem?.line,
      file(json)
        .text.split("\n")
        .findIndex((l) => l.includes('"Film"')) + 1,
    );
    assert.match(problem?.message ?? "", /Film/);
  });

  it("names a wrong colour with its line", () => {
    const json = good();
    json.labels.Book.color = "blue";
    const answer = resolvePerspective(file(json), SCHEMA);
    assert.equal(answer.source, "generated");
    assert.equal(answer.problems[0]?.path, "labels.Book.color");
    assert.equal(
      answer.problems[0]?.line,
      file(json)
        .text.split("\n")
        .findIndex((l) => l.includes('"blue"')) + 1,
    );
    assert.match(answer.problems[0]?.message ?? "", /#rrggbb/);
  });

  it("names a caption property no node of the label has", () => {
    const json = good();
    json.labels.Book.caption = "name";
    const answer = resolvePerspective(file(json), SCHEMA);
    assert.equal(answer.source, "generated");
    assert.equal(answer.problems[0]?.path, "labels.Book.caption");
    assert.ok(answer.problems[0]?.line);
    assert.match(answer.problems[0]?.message ?? "", /no Book node has the property name/);
  });

  it("names invalid JSON with the line of the error, and an unreadable file", () => {
    const broken = resolvePerspective({ name: "p.json", text: '{\n  "format": "x",\n  oops\n}' }, SCHEMA);
    assert.equal(broken.source, "generated");
    assert.equal(broken.problems[0]?.line, 3);
    assert.match(broken.problems[0]?.message ?? "", /not valid JSON/);
    const missing = resolvePerspective({ name: "p.json", text: null, readError: "ENOENT" }, SCHEMA);
    assert.equal(missing.problems[0]?.line, null);
    assert.match(missing.problems[0]?.message ?? "", /cannot be read/);
  });

  it("checks the shipped graph/perspective.json against the article's labels and types", () => {
    const text = readFileSync(new URL("../../../graph/perspective.json", import.meta.url), "utf8");
    const perspective = JSON.parse(text) as {
      labels: Record<string, unknown>;
      relationshipTypes: Record<string, unknown>;
    };
    assert.deepEqual(Object.keys(perspective.labels).sort(), [
      "Company",
      "Event",
      "Investment",
      "Model",
      "Organization",
      "Person",
      "Place",
      "Product",
      "Source",
    ]);
    const types = new Set(
      [
        ...readFileSync(new URL("../../../graph/30-relationships.cypher", import.meta.url), "utf8").matchAll(
          /\[r:([A-Z_]+)\]/g,
        ),
      ]
        .concat([
          ...readFileSync(new URL("../../../graph/40-investments.cypher", import.meta.url), "utf8").matchAll(
            /\[r:([A-Z_]+)\]/g,
          ),
        ])
        .map((m) => m[1]),
    );
    for (const type of types) {
      const phrase = perspective.relationshipTypes[type!] as { en?: string; ja?: string; zh?: string } | undefined;
      assert.ok(phrase?.en && phrase.ja && phrase.zh, `a phrase in three languages for ${type}`);
    }
  });
});
