// The notes file's format, one JSON note a line: writing a line, and reading a file back, skipping a torn last line.
import { NoteSchema, type Note } from "../../shared/index.ts";

export interface SkippedLine {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export interface ParsedNotes {
  notes: Note[];
  skipped: SkippedLine[];
  /** True when the file does not end with a newline: a write was cut short, the next append must start a new line. */
  tornTail: boolean;
}

export const noteLine = (note: Note): string => `${JSON.stringify(note)}\n`;

/**
 * Every sound note of the file, in the order written. A line that is not a whole note (a write cut short by a crash,
 * or a hand edit) is skipped and reported with its line number: it was never acknowledged, or it would be whole.
 */
export function parseNoteLines(text: string): ParsedNotes {
  const notes: Note[] = [];
  const skipped: SkippedLine[] = [];
  const lines = text.split("\n");
  lines.forEach((raw, index) => {
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      skipped.push({
        line: index + 1,
        message: `not a whole JSON line (${raw.length} characters; a cut-short write?)`,
      });
      return;
    }
    const parsed = NoteSchema.safeParse(value);
    if (parsed.success) notes.push(parsed.data);
    else
      skipped.push({
        line: index + 1,
        message: `not a note: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      });
  });
  return { notes, skipped, tornTail: text.length > 0 && !text.endsWith("\n") };
}
