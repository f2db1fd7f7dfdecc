// The explorer's notes store: an append-only JSON-lines file, each note synced to disk before it is acknowledged.
// Server processes sharing the data folder take turns through a lock file; each reads what the others appended.
import { mkdir, open, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";
import { randomUUID } from "node:crypto";
import { Mutex } from "async-mutex";
import { noteTargetKey, type NewNote, type Note, type NoteTarget } from "../../shared/index.ts";
import { BusyError } from "../errors.ts";
import { noteLine, parseNoteLines } from "./note-lines.ts";
import { fileLock, LockTimeoutError, type FileLockOptions } from "./file-lock.ts";
import { syncDir } from "../durable/sync-dir.ts";

export interface NoteStore {
  /** The notes on these targets, oldest first, including those other processes appended since. */
  list(targets: readonly NoteTarget[]): Promise<Note[]>;
  /** Appends the note and syncs the file; resolves only once the note would survive a crash. */
  add(note: NewNote, now?: Date): Promise<Note>;
  /** Every note, oldest first (exports). */
  all(): Promise<Note[]>;
  close(): Promise<void>;
  readonly file: string;
}

export interface NoteStoreOptions {
  warn?: (line: string) => void;
  lock?: FileLockOptions;
}

const NEWLINE = 0x0a;

/** Opens (or creates) the notes file; skipped lines are said once through `warn`, never lost from the file. */
export async function openNoteStore(file: string, options: NoteStoreOptions = {}): Promise<NoteStore> {
  const warn = options.warn ?? console.warn;
  await mkdir(dirname(file), { recursive: true });
  // "a+": appends always land at the end, whoever else appended; reads take an explicit position.
  const handle: FileHandle = await open(file, "a+");
  await syncDir(dirname(file));
  const lock = fileLock(`${file}.lock`, options.lock);
  const ordered: Note[] = [];
  /** Bytes of the file read so far: always the end of a whole line (or of a torn tail already skipped). */
  let offset = 0;
  /** Lines read so far, for the line numbers of warnings. */
  let lineCount = 0;
  const mutex = new Mutex();

  /**
   * Reads what was appended since the last read. Without the lock, an unfinished last line may be another process's
   * write in progress: it is left for a later read. Under the lock nobody is writing, so an unfinished line is a
   * write cut short by a crash: skipped (said once), and the caller's note starts on a new line.
   */
  async function catchUp(underLock: boolean): Promise<{ tornTail: boolean }> {
    const { size } = await handle.stat();
    if (size <= offset) return { tornTail: false };
    const buffer = Buffer.alloc(size - offset);
    let read = 0;
    while (read < buffer.length) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, offset + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    const end = buffer.subarray(0, read).lastIndexOf(NEWLINE) + 1;
    const whole = end > 0 ? buffer.toString("utf8", 0, end) : "";
    const tail = buffer.toString("utf8", end, read);
    const { notes, skipped } = parseNoteLines(whole + (underLock ? tail : ""));
    for (const s of skipped) warn(`${file}:${lineCount + s.line}: skipped, ${s.message}`);
    ordered.push(...notes);
    const tornTail = underLock && tail.length > 0;
    offset += tornTail ? read : end;
    lineCount += whole.split("\n").length - 1 + (tornTail ? 1 : 0);
    return { tornTail };
  }

  const locked = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await lock.withLock(work);
    } catch (error) {
      if (error instanceof LockTimeoutError)
        throw new BusyError(`The notes file is busy (another explorer process holds it): ${error.message}`, 2);
      throw error;
    }
  };

  // Every note already saved, before the first request.
  await mutex.runExclusive(() => catchUp(false));

  return {
    file,
    list: (targets) =>
      mutex.runExclusive(async () => {
        await catchUp(false);
        const keys = new Set(targets.map(noteTargetKey));
        return ordered.filter((note) => keys.has(noteTargetKey(note.target)));
      }),
    all: () =>
      mutex.runExclusive(async () => {
        await catchUp(false);
        return [...ordered];
      }),
    add: (input, now = new Date()) =>
      // One append at a time, here and across processes: lines never interleave, each process knows where its line
      // landed (the end it read under the lock), and the order on disk is the order answered.
      mutex.runExclusive(() =>
        locked(async () => {
          const { tornTail } = await catchUp(true);
          const note: Note = { id: randomUUID(), ...input, createdAt: now.toISOString() };
          const bytes = Buffer.from((tornTail ? "\n" : "") + noteLine(note));
          // A write that fails half-way leaves the offset before it: the next turn reads the part as a torn tail.
          for (let written = 0; written < bytes.length;) {
            const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
            written += bytesWritten;
          }
          await handle.sync();
          offset += bytes.length;
          lineCount += tornTail ? 2 : 1;
          ordered.push(note);
          return note;
        }),
      ),
    close: () => mutex.runExclusive(() => handle.close()),
  };
}
