// Live sessions kept on disk, one small JSON file a session in the data folder, so a restarted server serves the same
// links: written whole (temporary file, sync, rename), behind the fan-out so a step never waits for the disk.
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { LiveSessionIdSchema, LiveViewSchema } from "../../shared/index.ts";
import type { LiveSessionState } from "./session-state.ts";
import { processAlive } from "../durable/process-alive.ts";
import { syncDir } from "../durable/sync-dir.ts";

const StoredSessionSchema = z.object({
  version: z.literal(1),
  /** sha256 of the teacher's key, hex: the key itself is never written down. */
  keyHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The process that serves the session: another live server's sessions are left to it. */
  owner: z.object({ pid: z.number().int(), host: z.string() }),
  state: z.object({
    id: LiveSessionIdSchema,
    createdAt: z.number(),
    seq: z.number().int().nonnegative(),
    view: LiveViewSchema.nullable(),
    teacherConnected: z.boolean(),
    teacherAwaySince: z.number().nullable(),
    ended: z.object({ at: z.number(), reason: z.enum(["stopped", "teacher-gone", "too-old"]) }).nullable(),
  }),
});
export type StoredSession = z.infer<typeof StoredSessionSchema>;

export interface LiveSessionFiles {
  readonly dir: string;
  /** Every sound session file; a file that is not one is said through `warn` and left alone. */
  load(): Promise<StoredSession[]>;
  /** Writes the session soon, the latest state winning over any still waiting; never throws (a failure is said). */
  save(keyHash: string, state: LiveSessionState): void;
  remove(id: string): void;
  /** Resolves once every save and removal asked for so far is on disk. */
  flush(): Promise<void>;
}

const HOST = hostname();

/** Whether a session file belongs to another server that is running now (on this machine; one elsewhere is not seen). */
export function ownedByAnotherLiveServer(stored: StoredSession): boolean {
  const { pid, host } = stored.owner;
  if (host !== HOST || pid === process.pid) return false;
  return processAlive(pid);
}

export async function openLiveSessionFiles(
  dir: string,
  warn: (line: string) => void = console.warn,
): Promise<LiveSessionFiles> {
  await mkdir(dir, { recursive: true });
  const fileOf = (id: string) => join(dir, `${id}.json`);
  /** What each session's file should become: its record, or null to remove it. */
  const pending = new Map<string, StoredSession | null>();
  const running = new Map<string, Promise<void>>();

  async function writeWhole(id: string, record: StoredSession | null): Promise<void> {
    if (record === null) {
      await rm(fileOf(id), { force: true });
      return;
    }
    const temp = join(dir, `${id}.${randomBytes(4).toString("hex")}.tmp`);
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(JSON.stringify(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, fileOf(id));
    await syncDir(dir);
  }

  /** One writer per session at a time; states asked for meanwhile collapse into the latest. */
  function kick(id: string): void {
    if (running.has(id)) return;
    const work = (async () => {
      while (pending.has(id)) {
        const record = pending.get(id)!;
        pending.delete(id);
        try {
          await writeWhole(id, record);
        } catch (error) {
          warn(`${fileOf(id)}: the live session could not be saved: ${(error as Error).message}`);
        }
      }
    })().finally(() => running.delete(id));
    running.set(id, work);
  }

  return {
    dir,
    async load() {
      const found: StoredSession[] = [];
      for (const name of await readdir(dir)) {
        const path = join(dir, name);
        // A temporary file is a write cut short by a crash: the session's previous file still stands.
        if (name.endsWith(".tmp")) {
          await rm(path, { force: true });
          continue;
        }
        if (!name.endsWith(".json")) continue;
        let parsed;
        try {
          parsed = StoredSessionSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
        } catch (error) {
          warn(`${path}: skipped, not JSON (${(error as Error).message})`);
          continue;
        }
        if (!parsed.success || `${parsed.data.state.id}.json` !== name) {
          const why = parsed.success
            ? `its id is ${parsed.data.state.id}`
            : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
          warn(`${path}: skipped, not a live session (${why})`);
          continue;
        }
        found.push(parsed.data);
      }
      return found;
    },
    save(keyHash, state) {
      pending.set(state.id, { version: 1, keyHash, owner: { pid: process.pid, host: HOST }, state });
      kick(state.id);
    },
    remove(id) {
      pending.set(id, null);
      kick(id);
    },
    async flush() {
      while (running.size > 0) await Promise.all(running.values());
    },
  };
}
