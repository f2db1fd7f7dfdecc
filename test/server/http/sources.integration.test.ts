// The source reader's endpoints on the real article graph: the text as the graph folder has it, every quote placed
// at each of its occurrences, coverage as counted independently here, and clear 404/400 answers.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { testConnection } from "../../support/db.ts";
import { startExplorer, type RunningExplorer } from "../../../src/server/run.ts";
import {
  factsOfSentence,
  GraphPayloadSchema,
  SourceListSchema,
  SourceReaderSchema,
  splitSentences,
  type SourceReader,
} from "../../../src/shared/index.ts";

const root = new URL("../../../", import.meta.url).pathname;
const article = readFileSync(`${root}graph/sources/alibaba-ai-pivot.ja.txt`, "utf8");
let explorer: RunningExplorer;
let reader: SourceReader;
const get = (path: string) => fetch(new URL(path, explorer.url));

before(async () => {
  explorer = await startExplorer({ connection: testConnection(), host: "127.0.0.1", port: 0 });
  reader = SourceReaderSchema.parse(await (await get("/api/sources/alibaba-ai-pivot")).json());
});
after(() => explorer.close());

/** Every start offset of `quote` in `text`, found here with a plain loop (not the product's helper). */
function places(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

describe("/api/sources", () => {
  it("lists the article with its text and its republish rule", async () => {
    const list = SourceListSchema.parse(await (await get("/api/sources")).json());
    const source = list.sources.find((s) => s.id === "alibaba-ai-pivot");
    assert.ok(source);
    assert.equal(source.hasText, true);
    assert.equal(source.republish, false);
    assert.match(source.url ?? "", /^https:\/\/mp\.weixin\.qq\.com\//);
  });

  it("gives the text as graph/sources has it, and every quoted relationship of the graph, placed at every occurrence", async () => {
    assert.equal(reader.text, article);
    const graph = GraphPayloadSchema.parse(await (await get("/api/graph")).json());
    const quoted = graph.relationships.filter((r) => r.properties.source === "alibaba-ai-pivot");
    assert.ok(quoted.length >= 80);
    assert.deepEqual(reader.facts.map((f) => f.id).sort(), quoted.map((r) => r.id).sort());
    for (const fact of reader.facts) {
      assert.deepEqual(fact.at, places(article, fact.quote), fact.quote);
      assert.ok(fact.at.length > 0, `${fact.type}: ${fact.quote}`);
    }
    const wu = reader.facts.find((f) => f.type === "OVERSEES" && f.fromName === "Eddie Wu");
    assert.match(wu?.note ?? "", /^Inference/);
  });

  it("counts sentences and modelled sentences as an independent count does", () => {
    // Counted here without Intl.Segmenter: lines, cut after 。！？, blanks dropped, each found in turn in the text.
    const sentences = article
      .split(/\r?\n/)
      .flatMap((line) => line.split(/(?<=[。！？])/))
      .map((s) => s.trim())
      .filter(Boolean);
    assert.equal(reader.sentenceCount, sentences.length);
    let from = 0;
    const spans = sentences.map((text) => {
      const start = article.indexOf(text, from);
      from = start + text.length;
      return { start, end: from };
    });
    const modelled = spans.filter(({ start, end }) =>
      reader.facts.some((f) => places(article, f.quote).some((at) => at < end && at + f.quote.length > start)),
    );
    assert.equal(reader.excerpts.length, modelled.length);
    assert.deepEqual(
      reader.excerpts.map((e) => e.start),
      modelled.map((m) => m.start),
    );
    assert.ok(reader.excerpts.length < reader.sentenceCount, "some sentences are left to model");
    for (const e of reader.excerpts) assert.equal(article.slice(e.start, e.start + e.text.length), e.text);
  });

  it("the Apple sentences carry the four facts of the issue between them", () => {
    const sentences = splitSentences(article);
    const chose = sentences.find((s) => s.text.includes("Qwenをパートナーとして選定した"));
    const why = sentences.find((s) => s.text.startsWith("これは米国などの市場でOpenAIと提携するApple"));
    assert.ok(chose && why);
    const names = (s: typeof chose) =>
      factsOfSentence(s, reader.facts).map((f) => `${f.fromName} ${f.type} ${f.toName}`);
    assert.deepEqual(names(chose).sort(), ["Qwen ADOPTED_BY Apple", "iPhone MARKETED_IN China"]);
    assert.deepEqual(names(why).sort(), ["Apple PARTNERS_WITH OpenAI", "Apple REGULATED_IN China"]);
  });

  it("answers 404 for an unknown source and 400 for a malformed id", async () => {
    const missing = await get("/api/sources/no-such-source");
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { message: string }).message, /No source with id 'no-such-source'/);
    assert.equal((await get("/api/sources/bad%20id")).status, 400);
  });
});
