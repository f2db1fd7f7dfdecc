// Sentences, quote places and "which facts rest on this sentence", checked on the article's own text.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import {
  factsOfSentence,
  looseText,
  modelledSentences,
  occurrences,
  restsOn,
  splitSentences,
  type SourceFact,
} from "../../src/shared/index.ts";

const root = new URL("../../", import.meta.url).pathname;
const article = readFileSync(`${root}graph/sources/alibaba-ai-pivot.ja.txt`, "utf8");
const APPLE =
  "2024年初めにはAppleが中国市場向けのiPhoneにAI機能を導入するにあたり、Qwenをパートナーとして選定したことが明らかになった。";

const fact = (id: string, quote: string, text = article): SourceFact => ({
  id,
  type: "T",
  from: "a",
  to: "b",
  fromName: "A",
  toName: "B",
  quote,
  note: null,
  at: occurrences(text, quote),
});

describe("splitSentences", () => {
  it("cuts at 。！？ and line breaks, trims blanks, and keeps exact offsets", () => {
    const text = "  一つ目の文。二つ目！\n\n  • 箇条書き\r\nEnd. Next?";
    const sentences = splitSentences(text);
    assert.deepEqual(
      sentences.map((s) => s.text),
      ["一つ目の文。", "二つ目！", "• 箇条書き", "End.", "Next?"],
    );
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it("finds the article's sentences: each a slice of the text, none blank, in order, none crossing 。", () => {
    const sentences = splitSentences(article);
    // Counted independently: split at line breaks, then after each 。, dropping blanks.
    const independent = article
      .split(/\r?\n/)
      .flatMap((line) => line.split(/(?<=。)/))
      .map((s) => s.trim())
      .filter(Boolean);
    assert.equal(sentences.length, independent.length);
    let last = -1;
    for (const s of sentences) {
      assert.equal(article.slice(s.start, s.end), s.text);
      assert.ok(s.start > last);
      last = s.start;
      assert.ok(!s.text.slice(0, -1).includes("。"), s.text);
    }
    assert.ok(sentences.some((s) => s.text === APPLE));
  });
});

describe("occurrences", () => {
  it("lists every place, overlapping ones too, and none for an empty quote", () => {
    assert.deepEqual(occurrences("ababa", "aba"), [0, 2]);
    assert.deepEqual(occurrences("abc", ""), []);
    assert.deepEqual(occurrences("abc", "x"), []);
  });

  it("places each quote where the text has it (UTF-16 offsets, as the browser slices)", () => {
    const quote = "Qwenをパートナーとして選定した";
    const [at] = occurrences(article, quote);
    assert.ok(at !== undefined);
    assert.equal(article.slice(at, at + quote.length), quote);
  });
});

describe("facts resting on a sentence", () => {
  it("restsOn works both ways, with or without punctuation", () => {
    const quote = "Qwenをパートナーとして選定した";
    assert.ok(restsOn(quote, APPLE));
    assert.ok(restsOn(quote, APPLE.slice(0, -1)));
    assert.ok(restsOn(APPLE, "Qwenを"));
    assert.ok(restsOn("蔡崇信を董事会主席に呼び戻し、技術部門", "呼び戻し技術部門"));
    assert.ok(!restsOn(quote, "この文は記事にない"));
    assert.ok(!restsOn(quote, "。"));
    assert.equal(looseText("「Qwen(通義千問)」。"), "Qwen通義千問");
  });

  it("a sentence's facts are those with a quote place inside it; the others are not", () => {
    const sentences = splitSentences(article);
    const apple = sentences.find((s) => s.text === APPLE);
    assert.ok(apple);
    const inside = fact("in", "Qwenをパートナーとして選定した");
    const elsewhere = fact("out", "ジャック・マーは2019年に表向きのポストから退いた");
    const missing = fact("none", "記事にない文", "記事にない文");
    missing.at = [];
    assert.deepEqual(
      factsOfSentence(apple, [inside, elsewhere, missing]).map((f) => f.id),
      ["in"],
    );
    const modelled = modelledSentences(sentences, [inside, elsewhere, missing]);
    assert.equal(modelled.length, 2);
  });
});
