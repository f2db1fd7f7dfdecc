// The source reader's answers: which sources have a text, and one source with its text, facts and coverage.
import {
  modelledSentences,
  splitSentences,
  SourceFactSchema,
  sourceInfo,
  type SourceList,
  type SourceReader,
} from "../../shared/index.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { toJson } from "../db/to-wire.ts";
import { NotFoundError } from "../errors.ts";
import { SOURCE_FACTS, SOURCE_LIST, SOURCE_WITH_TEXT } from "../queries/sources.ts";
import type { Node } from "../db/driver-types.ts";

const str = (v: unknown): string | null =>
  typeof v === "string" ? v : v === null || v === undefined ? null : String(v);

export async function sourceList(ctx: ReadContext): Promise<SourceList> {
  const records = await readRecords(ctx, SOURCE_LIST);
  return {
    sources: records.map((r) => ({
      ...sourceInfo(toJson((r.get("s") as Node).properties) as Record<string, unknown>),
      hasText: r.get("hasText") === true,
    })),
  };
}

/** The live reader has the whole text (the explorer reads it locally); `forExport` applies the republish rule. */
export async function sourceReader(ctx: ReadContext, id: string, forExport = false): Promise<SourceReader> {
  const [row] = await readRecords(ctx, SOURCE_WITH_TEXT, { id });
  if (!row) throw new NotFoundError(`No source with id '${id}'.`, { id });
  const source = sourceInfo(toJson((row.get("s") as Node).properties) as Record<string, unknown>);
  const text = str(row.get("text"));
  if (text === null)
    throw new NotFoundError(`Source '${id}' has no text in this graph (its folder has no sources/${id}.txt).`, { id });
  const facts = (await readRecords(ctx, SOURCE_FACTS, { id })).map((r) =>
    SourceFactSchema.parse(toJson(Object.fromEntries(r.keys.map((k) => [k, r.get(k)])))),
  );
  const sentences = splitSentences(text);
  return {
    source,
    text: forExport && !source.republish ? null : text,
    excerpts: modelledSentences(sentences, facts).map((s) => ({ start: s.start, text: s.text })),
    sentenceCount: sentences.length,
    facts,
  };
}
