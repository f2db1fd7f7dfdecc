// The source's text as the reader draws it: paragraphs of sentences, quoted passages marked with the facts on them.
import { factsOfSentence, type Sentence, type SourceFact, type SourceReader } from "../../shared/index.ts";
import { h } from "../lib/dom.ts";

/** The passages of a sentence cut at every quote's start and end, each with the facts whose quote covers it. */
export function markedPieces(
  sentence: Sentence,
  facts: readonly SourceFact[],
): { start: number; end: number; facts: string[] }[] {
  const spans = facts.flatMap((f) => f.at.map((at) => ({ id: f.id, start: at, end: at + f.quote.length })));
  const cuts = new Set([sentence.start, sentence.end]);
  for (const s of spans) {
    if (s.start > sentence.start && s.start < sentence.end) cuts.add(s.start);
    if (s.end > sentence.start && s.end < sentence.end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(1).map((end, i) => {
    const start = points[i] ?? sentence.start;
    const on = spans.filter((s) => s.start < end && s.end > start).map((s) => s.id);
    return { start, end, facts: [...new Set(on)] };
  });
}

function sentenceElement(sentence: Sentence, facts: readonly SourceFact[]): HTMLElement {
  const resting = factsOfSentence(sentence, facts);
  const modelled = resting.length > 0;
  const element = h("span", {
    class: modelled ? "reader-sentence modelled" : "reader-sentence unmodelled",
    "data-start": sentence.start,
    "data-end": sentence.end,
    "data-fact-count": resting.length,
    ...(modelled
      ? {
          role: "button",
          tabindex: 0,
          title: `${resting.length} fact${resting.length === 1 ? "" : "s"} rest on this sentence`,
        }
      : { title: "No fact rests on this sentence yet" }),
  });
  for (const piece of markedPieces(sentence, resting)) {
    const text = sentence.text.slice(piece.start - sentence.start, piece.end - sentence.start);
    element.append(
      piece.facts.length === 0
        ? text
        : h(
            "mark",
            {
              class: "reader-quote",
              "data-start": piece.start,
              "data-end": piece.end,
              "data-facts": piece.facts.join(" "),
            },
            text,
          ),
    );
  }
  return element;
}

/** The whole text, a paragraph per line; or, without the text, each quoted sentence (excerpt) on its own. */
export function renderText(reader: SourceReader, sentences: readonly Sentence[]): HTMLElement {
  const body = h("div", {
    class: "reader-text",
    lang: reader.source.language ?? undefined,
    "data-testid": "reader-text",
  });
  const text = reader.text;
  if (text === null) {
    for (const s of sentences) body.append(h("p", { class: "reader-para excerpt" }, sentenceElement(s, reader.facts)));
    return body;
  }
  let i = 0;
  for (const line of text.split("\n").reduce<{ start: number; end: number }[]>((lines, l) => {
    const start = lines.length === 0 ? 0 : (lines.at(-1)?.end ?? 0) + 1;
    return [...lines, { start, end: start + l.length }];
  }, [])) {
    const inLine: Sentence[] = [];
    while (i < sentences.length && (sentences[i]?.start ?? Infinity) < line.end) {
      const s = sentences[i];
      if (s) inLine.push(s);
      i++;
    }
    if (inLine.length === 0) continue;
    const para = h("p", { class: "reader-para" });
    inLine.forEach((s, k) => {
      if (k > 0) para.append(" ");
      para.append(sentenceElement(s, reader.facts));
    });
    body.append(para);
  }
  return body;
}
