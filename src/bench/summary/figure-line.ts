// One figure a benchmark part hands to `npm run bench`'s summary: a line of JSON, checked by zod when written and read.
import { z } from "zod";
import { MEASURE_KEYS } from "./issue-rows.ts";

export const FigureLineSchema = z
  // zod 4 numbers refuse NaN and infinities: a part whose runs gave no figure cannot hand one over.
  .object({
    key: z.enum(MEASURE_KEYS),
    /** This build's figure, in the measure's unit (issue-rows.ts). */
    now: z.number(),
    /** The old way's (or the peer's) figure from the same run; null when the part has none. */
    old: z.number().nullable(),
    /** Which case it is when a part measures several ("10,000 nodes"), or the size it ran at. */
    note: z.string().min(1).optional(),
    /** The old way, named more exactly than issue-rows.ts can ("HEAD~1 (4d750ad)"). */
    oldName: z.string().min(1).optional(),
  })
  .strict();
export type FigureLine = z.infer<typeof FigureLineSchema>;

/** The lines of a figures file; a bad one is refused naming the file, the line and what is wrong with it. */
export function parseFigureLines(text: string, file: string): FigureLine[] {
  const out: FigureLine[] = [];
  for (const [i, raw] of text.split("\n").entries()) {
    if (raw.trim() === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const parsed = FigureLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}:${i + 1}: ${issue?.path.join(".") || "(line)"}: ${issue?.message ?? "is invalid"}`);
    }
    out.push(parsed.data);
  }
  return out;
}
