// A lock file beside a data file, so server processes sharing a data folder take turns writing it: created whole
// with link() (fails if it exists), taken over when its holder died (pid gone) or has held it far too long.
import { randomBytes } from "node:crypto";
import { link, readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { processAlive } from "../durable/process-alive.ts";

export interface FileLockOptions {
  /** A holder this old is taken as hung and its lock taken over; a writer holds it for one append and sync. */
  staleMs?: number;
  /** How long to wait for another process's turn before giving up. */
  timeoutMs?: number;
}

export interface LockHolder {
  pid: number;
  host: string;
  token: string;
  at: number;
}

export class LockTimeoutError extends Error {
  constructor(
    readonly path: string,
    readonly holder: LockHolder | null,
  ) {
    super(
      `${path}: still locked after waiting` +
        (holder ? ` (held by process ${holder.pid} on ${holder.host} since ${new Date(holder.at).toISOString()})` : ""),
    );
  }
}

export interface FileLock {
  /** Runs `work` while holding the lock; other processes (and other locks on this path here) wait their turn. */
  withLock<T>(work: () => Promise<T>): Promise<T>;
  readonly path: string;
}

const HOST = hostname();
/** Tokens held by this process: a lock file naming this pid with another token is a leftover of an earlier life. */
const heldHere = new Set<string>();
/** A steal takes milliseconds; a steal marker older than this was left by a stealer that died. */
const STEAL_STALE_MS = 5_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Writes the holder's record to a temporary name, then links it in place: the lock never exists half-written. */
async function createWhole(path: string, content: string): Promise<boolean> {
  const temp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temp, content);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if (code(error) === "EEXIST") return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

async function readHolder(path: string): Promise<{ holder: LockHolder | null; mtimeMs: number } | null> {
  try {
    const [text, info] = await Promise.all([readFile(path, "utf8"), stat(path)]);
    let holder: LockHolder | null = null;
    try {
      holder = JSON.parse(text) as LockHolder;
    } catch {
      // Unreadable: judged by its age alone.
    }
    return { holder, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (code(error) === "ENOENT") return null;
    throw error;
  }
}

function isStale(seen: { holder: LockHolder | null; mtimeMs: number }, staleMs: number, now: number): boolean {
  const { holder } = seen;
  if (!holder || typeof holder.pid !== "number") return now - seen.mtimeMs > staleMs;
  if (holder.host === HOST) {
    if (holder.pid === process.pid) return !heldHere.has(holder.token);
    if (!processAlive(holder.pid)) return true;
  }
  return now - holder.at > staleMs;
}

export function fileLock(path: string, options: FileLockOptions = {}): FileLock {
  const staleMs = options.staleMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const stealPath = `${path}.steal`;

  /** Removes a stale lock, unless it changed hands meanwhile: one stealer at a time, each checks again first. */
  async function steal(judged: LockHolder | null): Promise<void> {
    if (!(await createWhole(stealPath, String(process.pid)))) {
      const marker = await stat(stealPath).catch(() => null);
      if (marker && Date.now() - marker.mtimeMs > STEAL_STALE_MS) await rm(stealPath, { force: true });
      return;
    }
    try {
      const now = await readHolder(path);
      if (now && now.holder?.token === judged?.token && isStale(now, staleMs, Date.now()))
        await rm(path, { force: true });
    } finally {
      await rm(stealPath, { force: true });
    }
  }

  async function acquire(): Promise<() => Promise<void>> {
    const token = randomBytes(12).toString("hex");
    const record = (): string => JSON.stringify({ pid: process.pid, host: HOST, token, at: Date.now() });
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 0; ; attempt++) {
      if (await createWhole(path, record())) {
        heldHere.add(token);
        return async () => {
          heldHere.delete(token);
          const seen = await readHolder(path);
          // Only our own lock is removed: one taken over (we hung past staleMs) now belongs to someone else.
          if (seen?.holder?.token === token) await rm(path, { force: true });
        };
      }
      const seen = await readHolder(path);
      if (!seen) continue;
      if (isStale(seen, staleMs, Date.now())) {
        await steal(seen.holder);
        continue;
      }
      if (Date.now() > deadline) throw new LockTimeoutError(path, seen.holder);
      // Short, jittered waits: a turn lasts one append and one sync.
      await sleep(1 + Math.random() * Math.min(2 + attempt, 20));
    }
  }

  return {
    path,
    withLock: async (work) => {
      const release = await acquire();
      try {
        return await work();
      } finally {
        await release();
      }
    },
  };
}
