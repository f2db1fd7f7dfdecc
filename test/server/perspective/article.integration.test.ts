// On the article: /api/schema discovers properties and label pairs; /api/perspective serves graph/perspective.json as
// written, and a bad file falls back to the generated perspective with problems that name key and line.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testConnection } from "../../support/db.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import {
  captionIn,
  PerspectiveResponseSchema,
  PerspectiveSchema,
  SchemaResponseSchema,
} from "../../../src/shared/index.ts";

const root = new URL("../../../", import.meta.url).pathname;
const file = join(root, "graph", "perspective.json");
let explorer: RunningExplorer;
before(async () => {
  explorer = await startExplorer({ connection: testConnection(), port: 0, perspectiveFile: file });
});
after(() => explorer.close());

const get = async (url: string, base = explorer.url) => {
  const res = await fetch(new URL(url, base));
  assert.equal(res.status, 200);
  return (await res.json()) as unknown;
};

test("schema keeps its counts and adds each label's properties and each type's label pairs", async () => {
  const schema = SchemaResponseSchema.parse(await get("/api/schema"));
  assert.ok(schema.labels.some((l) => l.name === "Person" && l.count === 3));
  assert.ok(schema.propertyKeys.includes("quote"));
  const graph = schema.graph!;
  assert.equal(graph.sampled, false);
  const person = graph.labels.find((l) => l.name === "Person")!;
  assert.equal(person.count, 3);
  const name = person.properties.find((p) => p.key === "name")!;
  assert.deepEqual(name.types, ["string"]);
  assert.equal(name.share, 1);
  assert.ok((name.meanLength ?? 0) > 3);
  assert.deepEqual(person.properties.find((p) => p.key === "aliases")?.types, ["list"]);
  const investment = graph.labels.find((l) => l.name === "Investment")!;
  assert.deepEqual(investment.properties.find((p) => p.key === "amount")?.types, ["integer"]);
  assert.ok((investment.properties.find((p) => p.key === "amount")?.share ?? 1) < 1);
  const broughtBack = graph.relationshipTypes.find((t) => t.name === "BROUGHT_BACK")!;
  assert.deepEqual(broughtBack.pairs, [{ from: "Person", to: "Person", count: 1 }]);
  assert.ok(broughtBack.properties.some((p) => p.key === "quote" && p.share === 1));
  const invests = graph.relationshipTypes.find((t) => t.name === "INVESTS")!;
  assert.ok(invests.pairs.every((p) => p.to === "Investment"));
  assert.equal(
    invests.pairs.reduce((n, p) => n + p.count, 0),
    invests.count,
  );
  assert.ok(!graph.labels.some((l) => l.name === "ExplorerMeta"));
});

test("the article's perspective file is served as written, and captions under it are the article's names", async () => {
  const answer = PerspectiveResponseSchema.parse(await get("/api/perspective"));
  assert.equal(answer.source, "file");
  assert.deepEqual(answer.problems, []);
  const { readFileSync } = await import("node:fs");
  assert.deepEqual(answer.perspective, PerspectiveSchema.parse(JSON.parse(readFileSync(file, "utf8"))));
  assert.equal(answer.perspective.relationshipTypes.BROUGHT_BACK?.ja, "呼び戻した");
  const jackMa = {
    id: "4:x:1",
    labels: ["Entity", "Person"],
    properties: { name: "Jack Ma", name_ja: "ジャック・マー" },
  };
  assert.equal(captionIn(jackMa, answer.perspective, "ja"), "ジャック・マー");
  assert.equal(captionIn(jackMa, answer.perspective, "zh"), "Jack Ma");
});

test("a bad perspective file is not fatal: the generated one, with the file's problems by key and line", async () => {
  const dir = mkdtempSync(join(tmpdir(), "perspective-"));
  const bad = join(dir, "perspective.json");
  const json = JSON.parse((await import("node:fs")).readFileSync(file, "utf8")) as {
    labels: Record<string, { color: string; caption: string | null }>;
  };
  json.labels.Person!.color = "crimson";
  json.labels.Source!.caption = "headline";
  json.labels.Starship = { color: "#000000", caption: "name" };
  const text = JSON.stringify(json, null, 2);
  writeFileSync(bad, text);
  const lineOf = (needle: string, after = 0) =>
    text.split("\n").findIndex((l, i) => i >= after && l.includes(needle)) + 1;
  const other = await startExplorer({ connection: testConnection(), port: 0, perspectiveFile: bad });
  try {
    const answer = PerspectiveResponseSchema.parse(await get("/api/perspective", other.url));
    assert.equal(answer.source, "generated");
    // The zod problem (the colour) is found first; the graph is checked once the file is well-formed.
    assert.deepEqual(
      answer.problems.map((p) => [p.path, p.line]),
      [["labels.Person.color", lineOf('"crimson"')]],
    );
    assert.ok(answer.problems[0]!.file.endsWith("perspective.json"));
    assert.equal(answer.perspective.labels.Person?.caption, "name");

    json.labels.Person!.color = "#d9483b";
    const text2 = JSON.stringify(json, null, 2);
    writeFileSync(bad, text2);
    const third = await startExplorer({ connection: testConnection(), port: 0, perspectiveFile: bad });
    try {
      const second = PerspectiveResponseSchema.parse(await get("/api/perspective", third.url));
      assert.equal(second.source, "generated");
      const lines = text2.split("\n");
      const sourceAt = lines.findIndex((l) => l.includes('"Source"'));
      assert.deepEqual(
        second.problems.map((p) => [p.path, p.line]),
        [
          ["labels.Source.caption", lines.findIndex((l, i) => i > sourceAt && l.includes('"headline"')) + 1],
          ["labels.Starship", lines.findIndex((l) => l.includes('"Starship"')) + 1],
        ],
      );
    } finally {
      await third.close();
    }
  } finally {
    await other.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("without a perspective file the explorer generates one that captions the article by name", async () => {
  const plain = await startExplorer({ connection: testConnection(), port: 0 });
  try {
    const answer = PerspectiveResponseSchema.parse(await get("/api/perspective", plain.url));
    assert.equal(answer.source, "generated");
    assert.equal(answer.perspective.labels.Person?.caption, "name");
    assert.equal(answer.perspective.labels.Source?.caption, "title");
    assert.equal(answer.perspective.labels.Person?.color, "#d9483b");
    assert.equal(answer.perspective.relationshipTypes.BROUGHT_BACK?.en, "brought back");
  } finally {
    await plain.close();
  }
});
