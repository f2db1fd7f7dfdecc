// A source's text as the reader, the loader and the offline edition all cut it: sentences, quote places, coverage.
import { z } from "zod";

/** A sentence of a source: its text and where it lies (UTF-16 offsets, end exclusive), blanks trimmed off. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// ICU's sentence rules (。！？ and line breaks end a sentence in Japanese and Chinese too), in Node and browsers alike.
const segmenter = new Intl.Segmenter("ja", { granularity: "sentence" });

/** The sentences of a text, in order, without the blank lines and indentation between them. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body === "") continue;
    sentences.push({ start: index + lead, end: index + lead + body.length, text: body });
  }
  return sentences;
}

/** Every place (start offset) where `quote` occurs in `text`, overlapping ones included. */
export function occurrences(text: string, quote: string): number[] {
  const at: number[] = [];
  if (quote === "") return at;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) at.push(i);
  return at;
}

// Punctuation and blanks a reader may leave off or add when pasting a sentence (。、「」 and their Latin kin).
const LOOSE = /[\s\p{P}]/gu;

/** A sentence as compared for "which facts rest on it": without punctuation and blanks. */
export function looseText(text: string): string {
  return text.replace(LOOSE, "");
}

/** Does a fact's quote lie inside the given text, or the text inside the quote (punctuation and blanks aside)? */
export function restsOn(quote: string, text: string): boolean {
  const q = looseText(quote);
  const t = looseText(text);
  return q !== "" && t !== "" && (q.includes(t) || t.includes(q));
}

/** A fact (relationship) of a source, with the places of its quote in the source's text. */
export const SourceFactSchema = z.object({
  /** The relationship's key (its elementId), as on the stage. */
  id: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  fromName: z.string(),
  toName: z.string(),
  quote: z.string(),
  /** Our inference behind the fact, when the quote does not carry it word for word. */
  note: z.string().nullable(),
  /** Set when the source reports the fact as a claim or plan (see fact-kind.ts); absent in older snapshots. */
  claim: z.string().nullable().optional(),
  /** Start offsets of the quote in the text (stored by the loader); the end is start + quote length. */
  at: z.array(z.number().int().nonnegative()),
});
export type SourceFact = z.infer<typeof SourceFactSchema>;

export const SourceInfoSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  language: z.string().nullable(),
  /** Whether the text may be published with an export; otherwise an export carries the quoted sentences only. */
  republish: z.boolean(),
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

const textOrNull = (v: unknown): string | null =>
  typeof v === "string" ? v : v === null || v === undefined ? null : String(v);

/** A :Source node's properties as the reader shows them; `republish` only when the node says true. */
export function sourceInfo(properties: Record<string, unknown>): SourceInfo {
  return {
    id: String(properties.id ?? ""),
    title: textOrNull(properties.title),
    url: textOrNull(properties.url),
    publisher: textOrNull(properties.publisher),
    date: textOrNull(properties.date),
    language: textOrNull(properties.language),
    republish: properties.republish === true,
  };
}

export const SourceReaderSchema = z.object({
  source: SourceInfoSchema,
  /** The whole text; null where it may not be republished (an offline edition): then only `excerpts` are known. */
  text: z.string().nullable(),
  /** The sentences at least one fact rests on, with their places in the text. */
  excerpts: z.array(z.object({ start: z.number().int().nonnegative(), text: z.string() })),
  /** How many sentences the whole text has, so coverage reads "n of m" even without the text. */
  sentenceCount: z.number().int().nonnegative(),
  facts: z.array(SourceFactSchema),
});
export type SourceReader = z.infer<typeof SourceReaderSchema>;

export const SourceListSchema = z.object({
  sources: z.array(SourceInfoSchema.extend({ hasText: z.boolean() })),
});
export type SourceList = z.infer<typeof SourceListSchema>;

export const SourceIdParamsSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, "must be a source id"),
});

/** Does the span [start, end) overlap the sentence? */
const overlaps = (s: Sentence, start: number, end: number) => start < s.end && end > s.start;

/** The facts resting on one sentence: some place of their quote overlaps it. */
export function factsOfSentence(sentence: Sentence, facts: readonly SourceFact[]): SourceFact[] {
  return facts.filter((f) => f.at.some((at) => overlaps(sentence, at, at + f.quote.length)));
}

/** The sentences (of `sentences`) that at least one fact rests on. */
export function modelledSentences(sentences: readonly Sentence[], facts: readonly SourceFact[]): Sentence[] {
  return sentences.filter((s) => factsOfSentence(s, facts).length > 0);
}

/** The sentence a fact's first quote place lies in, if any. */
export function sentenceOfFact(sentences: readonly Sentence[], fact: SourceFact): Sentence | undefined {
  const at = fact.at[0];
  if (at === undefined) return undefined;
  return sentences.find((s) => overlaps(s, at, at + fact.quote.length));
}
