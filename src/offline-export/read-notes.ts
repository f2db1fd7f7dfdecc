// Notes for an export that asked for them (--with-notes): read from the explorer's notes file, never from the graph.
import { existsSync, readFileSync } from "node:fs";
import { parseNoteLines } from "../server/notes/note-lines.ts";
import type { Note } from "../shared/index.ts";

/** Every sound note of the file (none when there is no file yet); a torn line is said once and left out. */
export function readNotesForExport(file: string, warn: (line: string) => void = console.warn): Note[] {
  if (!existsSync(file)) return [];
  const { notes, skipped } = parseNoteLines(readFileSync(file, "utf8"));
  for (const s of skipped) warn(`${file}:${s.line}: skipped, ${s.message}`);
  return notes;
}
