// The explorer's notes store: an append-only JSON-lines file, each note synced to disk before it is acknowledged.
import { mkdir, open, readFile, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { randomUUID } from "node:crypto";
import { Mutex } from "async-mutex";
import { noteTargetKey, type NewNote, type Note, type NoteTarget } from "../../shared/index.ts";
import { noteLine, parseNoteLines } from "./note-lines.ts";

export interface NoteStore {
  /** The notes on these targets, oldest first. */
  list(targets: readonly NoteTarget[]): Note[];
  /** Appends the note and syncs the file; resolves only once the note would survive a crash. */
  add(note: NewNote, now?: Date): Promise<Note>;
  /** Every note, oldest first (exports). */
  all(): Note[];
  close(): Promise<void>;
  readonly file: string;
}

async function syncDir(dir: string): Promise<void> {
  // A new file's name lives in its folder: synced too, so the file itself survives a crash right after creation.
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the file's own sync still holds its bytes.
  } finally {
    await handle.close();
  }
}

async function readExisting(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Opens (or creates) the notes file; skipped lines are said once through `warn`, never lost from the file. */
export async function openNoteStore(file: string, warn: (line: string) => void = console.warn): Promise<NoteStore> {
  await mkdir(dirname(file), { recursive: true });
  const text = await readExisting(file);
  const { notes, skipped, tornTail } = parseNoteLines(text ?? "");
  for (const s of skipped) warn(`${file}:${s.line}: skipped, ${s.message}`);
  const handle: FileHandle = await open(file, "a");
  if (text === null) await syncDir(dirname(file));
  const ordered = [...notes];
  // A torn tail (or a failed write) leaves a line unfinished: the next note starts on a line of its own.
  let needsNewline = tornTail;
  const mutex = new Mutex();

  return {
    file,
    list: (targets) => {
      const keys = new Set(targets.map(noteTargetKey));
      return ordered.filter((note) => keys.has(noteTargetKey(note.target)));
    },
    all: () => [...ordered],
    add: (input, now = new Date()) =>
      // One append at a time within the process: lines never interleave, and the order on disk is the order answered.
      mutex.runExclusive(async () => {
        const note: Note = { id: randomUUID(), ...input, createdAt: now.toISOString() };
        const line = (needsNewline ? "\n" : "") + noteLine(note);
        needsNewline = true;
        await handle.write(line);
        await handle.sync();
        needsNewline = false;
        ordered.push(note);
        return note;
      }),
    close: () => mutex.runExclusive(() => handle.close()),
  };
}
