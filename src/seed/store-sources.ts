// Inside the load's own transaction: keeps each source's text in the database and where every quote lies in it (r.quote_at).
import type { Transaction } from "neo4j-driver";
import { occurrences } from "../shared/source-text.ts";
import type { SourceTextFile } from "./source-quotes.ts";
import { QUOTES_OF_SOURCES, SET_QUOTE_PLACES, STORE_SOURCE_TEXTS } from "./source-queries.ts";

export interface StoredSources {
  texts: number;
  /** Relationships whose quote places were stored. */
  quotes: number;
}

/** Runs in the data transaction of the load, so the texts and quote places commit (or roll back) with the data. */
export async function storeSources(
  tx: Pick<Transaction, "run">,
  texts: ReadonlyMap<string, SourceTextFile>,
): Promise<StoredSources> {
  if (texts.size === 0) return { texts: 0, quotes: 0 };
  const rows = [...texts.values()].map(({ id, file, text }) => ({ id, file, text }));
  await tx.run(STORE_SOURCE_TEXTS, { texts: rows });
  const found = await tx.run(QUOTES_OF_SOURCES, { ids: [...texts.keys()] });
  const places = found.records.map((r) => {
    const source = r.get("source") as string;
    const quote = r.get("quote") as string;
    return { source, quote, at: occurrences(texts.get(source)?.text ?? "", quote) };
  });
  const set = await tx.run(SET_QUOTE_PLACES, { places });
  return { texts: rows.length, quotes: set.summary.counters.updates().propertiesSet };
}
