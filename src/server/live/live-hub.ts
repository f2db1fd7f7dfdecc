// The live sessions of this server: each keeps its latest view, fans the teacher's changes out to its followers,
// and ends when the teacher stops or stays away past the grace period. With session files, a restart keeps them.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { WebSocket } from "ws";
import { z } from "zod";
import {
  ENDED_MESSAGE,
  TeacherMessageSchema,
  invalidInput,
  type LiveServerMessage,
  type LiveView,
} from "../../shared/index.ts";
import { BusyError, GoneError, NotFoundError } from "../errors.ts";
import {
  applyPatch,
  createSession,
  DEFAULT_LIVE_LIMITS,
  expire,
  stopSession,
  teacherJoined,
  teacherLeft,
  type LiveLimits,
  type LiveSessionState,
} from "./session-state.ts";
import {
  openLiveSessionFiles,
  ownedByAnotherLiveServer,
  type LiveSessionFiles,
  type StoredSession,
} from "./session-files.ts";

export interface LiveHubOptions extends Partial<LiveLimits> {
  maxSessions?: number;
  maxFollowersPerSession?: number;
  /** How often presence is checked (pings, the grace period); the grace is only as exact as this. */
  sweepMs?: number;
  now?: () => number;
  /** Where sessions are kept across restarts; without it they live in memory and a restart ends them. */
  files?: LiveSessionFiles;
  /** The sessions read back from `files` at start-up. */
  restored?: readonly StoredSession[];
}

interface Entry {
  state: LiveSessionState;
  /** sha256 of the teacher's key: what is kept, in memory and on disk. */
  keyHash: Buffer;
  teacher: WebSocket | null;
  followers: Set<WebSocket>;
}

/** A follower whose socket has this much unsent is too slow: it is dropped and catches up when it reconnects. */
const MAX_BUFFERED = 1 << 20;
/** A teacher socket must say its key this soon. */
const HELLO_TIMEOUT_MS = 10_000;
/** Ended sessions are remembered this long, so their link says "ended" rather than "no such session". */
const TOMBSTONE_MS = 24 * 60 * 60_000;
const MAX_TOMBSTONES = 10_000;

const newId = () => randomBytes(12).toString("base64url");
const sha256 = (text: string) => createHash("sha256").update(text).digest();

export type LiveHub = ReturnType<typeof createLiveHub>;

export function createLiveHub(options: LiveHubOptions = {}) {
  const limits: LiveLimits = {
    graceMs: options.graceMs ?? DEFAULT_LIVE_LIMITS.graceMs,
    maxLifetimeMs: options.maxLifetimeMs ?? DEFAULT_LIVE_LIMITS.maxLifetimeMs,
  };
  const maxSessions = options.maxSessions ?? 200;
  const maxFollowers = options.maxFollowersPerSession ?? 500;
  const now = options.now ?? Date.now;
  const sessions = new Map<string, Entry>();
  const ended = new Map<string, number>();
  const alive = new WeakMap<WebSocket, boolean>();
  const files = options.files;
  const persist = (entry: Entry) => files?.save(entry.keyHash.toString("hex"), entry.state);

  // Sessions of an earlier run: each gets a fresh grace period for its teacher's page to reconnect.
  const restored = [...(options.restored ?? [])].sort((a, b) => (a.state.ended?.at ?? 0) - (b.state.ended?.at ?? 0));
  for (const stored of restored) {
    const { state } = stored;
    if (state.ended) {
      if (now() - state.ended.at > TOMBSTONE_MS) files?.remove(state.id);
      else ended.set(state.id, state.ended.at);
    } else if (!ownedByAnotherLiveServer(stored)) {
      const entry: Entry = {
        state: teacherLeft(state, now()),
        keyHash: Buffer.from(stored.keyHash, "hex"),
        teacher: null,
        followers: new Set(),
      };
      sessions.set(state.id, entry);
      persist(entry);
    }
  }

  const send = (socket: WebSocket, text: string) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED) return void socket.close(1013, "too slow; reconnect to catch up");
    socket.send(text);
  };
  const message = (m: LiveServerMessage) => JSON.stringify(m);
  const watch = (socket: WebSocket) => {
    alive.set(socket, true);
    socket.on("pong", () => alive.set(socket, true));
  };

  function find(id: string): Entry {
    const entry = sessions.get(id);
    if (entry) return entry;
    if (ended.has(id)) throw new GoneError(ENDED_MESSAGE);
    throw new NotFoundError("No live session at this link: it has ended, or never existed.");
  }

  function end(entry: Entry, state: LiveSessionState): void {
    entry.state = state;
    // Kept as ended, so the link stays ended after a restart too.
    persist(entry);
    sessions.delete(state.id);
    ended.set(state.id, now());
    if (ended.size > MAX_TOMBSTONES) {
      const oldest = ended.keys().next().value!;
      ended.delete(oldest);
      files?.remove(oldest);
    }
    const text = message({ type: "ended", message: ENDED_MESSAGE });
    for (const socket of [...entry.followers, ...(entry.teacher ? [entry.teacher] : [])]) {
      send(socket, text);
      socket.close(1000, "session ended");
    }
    entry.followers.clear();
    entry.teacher = null;
  }

  const followerCount = (entry: Entry) => {
    if (entry.teacher) send(entry.teacher, message({ type: "followers", followers: entry.followers.size }));
  };

  function onTeacherMessage(entry: Entry, socket: WebSocket, raw: string): void {
    let parsed: z.infer<typeof TeacherMessageSchema>;
    try {
      parsed = TeacherMessageSchema.parse(JSON.parse(raw));
    } catch (error) {
      const why = error instanceof z.ZodError ? invalidInput(error).message : "Refused: the message is not JSON.";
      return send(socket, message({ type: "refused", message: why }));
    }
    if (parsed.type === "hello") return send(socket, message({ type: "refused", message: "Already connected." }));
    if (parsed.type === "stop") return end(entry, stopSession(entry.state, now()));
    const next = applyPatch(entry.state, parsed.patch);
    if (!next)
      return send(
        socket,
        message({
          type: "refused",
          message: "Refused: the first step must carry the whole view (story, step, caption, camera, language).",
        }),
      );
    entry.state = next;
    const text = message({ type: "view", seq: next.seq, patch: parsed.patch, sentAt: parsed.sentAt });
    for (const follower of entry.followers) send(follower, text);
    // After the fan-out: the class never waits for the disk.
    persist(entry);
  }

  /** A socket that has just opened /api/live/<id>/teach: it proves it is the teacher with the key, then steps. */
  function attachTeacher(id: string, socket: WebSocket): void {
    let entry: Entry;
    try {
      entry = find(id);
    } catch (error) {
      send(socket, message({ type: "ended", message: (error as Error).message }));
      return void socket.close(1000);
    }
    watch(socket);
    let authorized = false;
    const timer = setTimeout(() => authorized || socket.close(4401, "no key"), HELLO_TIMEOUT_MS);
    socket.on("message", (data, isBinary) => {
      const raw = isBinary ? "" : String(data as Buffer);
      if (authorized) return onTeacherMessage(entry, socket, raw);
      const hello = TeacherMessageSchema.safeParse(safeJson(raw));
      const given = sha256(hello.success && hello.data.type === "hello" ? hello.data.key : "");
      if (!timingSafeEqual(given, entry.keyHash)) {
        send(socket, message({ type: "refused", message: "Refused: this is not the teacher's key for the session." }));
        return void socket.close(4401, "wrong key");
      }
      authorized = true;
      clearTimeout(timer);
      // A reloaded teacher page takes over from its old socket.
      if (entry.teacher && entry.teacher !== socket) entry.teacher.close(4000, "replaced by a newer teacher page");
      entry.teacher = socket;
      entry.state = teacherJoined(entry.state);
      send(socket, stateMessage(entry));
    });
    socket.on("close", () => {
      clearTimeout(timer);
      if (entry.teacher !== socket) return;
      entry.teacher = null;
      entry.state = teacherLeft(entry.state, now());
    });
  }

  /** A socket that has just opened /api/live/<id>/follow: it gets the latest view at once, then every change. */
  function attachFollower(id: string, socket: WebSocket): void {
    let entry: Entry;
    try {
      entry = find(id);
    } catch (error) {
      send(socket, message({ type: "ended", message: (error as Error).message }));
      return void socket.close(1000);
    }
    if (entry.followers.size >= maxFollowers) {
      send(socket, message({ type: "refused", message: `This live session is full (${maxFollowers} followers).` }));
      return void socket.close(1013, "full");
    }
    watch(socket);
    entry.followers.add(socket);
    send(socket, stateMessage(entry));
    followerCount(entry);
    // Followers only listen; anything they send is ignored.
    socket.on("close", () => {
      if (entry.followers.delete(socket)) followerCount(entry);
    });
  }

  const stateMessage = (entry: Entry) =>
    message({ type: "state", seq: entry.state.seq, view: entry.state.view, followers: entry.followers.size });

  function create(): { id: string; teacherKey: string; graceMs: number } {
    if (sessions.size >= maxSessions)
      throw new BusyError(`This server already holds ${maxSessions} live sessions; try again later.`, 60);
    const id = newId();
    const teacherKey = randomBytes(24).toString("base64url");
    const entry: Entry = {
      state: createSession(id, now()),
      keyHash: sha256(teacherKey),
      teacher: null,
      followers: new Set(),
    };
    sessions.set(id, entry);
    persist(entry);
    return { id, teacherKey, graceMs: limits.graceMs };
  }

  function status(id: string): { seq: number; view: LiveView | null; followers: number } {
    const entry = find(id);
    return { seq: entry.state.seq, view: entry.state.view, followers: entry.followers.size };
  }

  /** Presence: pings every socket (a dead one is dropped), ends sessions past their grace, forgets old tombstones. */
  function sweep(): void {
    const t = now();
    for (const entry of [...sessions.values()]) {
      for (const socket of [...entry.followers, ...(entry.teacher ? [entry.teacher] : [])]) {
        if (alive.get(socket) === false) {
          socket.terminate();
          continue;
        }
        alive.set(socket, false);
        socket.ping();
      }
      const next = expire(entry.state, t, limits);
      if (next.ended) end(entry, next);
    }
    for (const [id, at] of ended)
      if (t - at > TOMBSTONE_MS) {
        ended.delete(id);
        files?.remove(id);
      }
  }
  const timer = setInterval(sweep, options.sweepMs ?? Math.min(5_000, limits.graceMs / 3));
  timer.unref();

  return {
    create,
    status,
    attachTeacher,
    attachFollower,
    sweep,
    counts: () => ({
      sessions: sessions.size,
      followers: [...sessions.values()].reduce((n, e) => n + e.followers.size, 0),
    }),
    /**
     * Without session files, ends every session (nobody could take it back). With them, sessions stay live: their
     * sockets are closed as "restarting", pages reconnect to the next run, and every pending write is on disk first.
     */
    async close(): Promise<void> {
      clearInterval(timer);
      if (!files) {
        for (const entry of [...sessions.values()]) end(entry, stopSession(entry.state, now()));
        return;
      }
      for (const entry of sessions.values())
        for (const socket of [...entry.followers, ...(entry.teacher ? [entry.teacher] : [])])
          socket.close(1012, "server restarting; reconnect");
      await files.flush();
    },
  };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** A hub whose sessions are kept in `dir` and read back from it: a restarted server serves the same links. */
export async function openLiveHub(dir: string, options: Omit<LiveHubOptions, "files" | "restored"> = {}) {
  const files = await openLiveSessionFiles(dir);
  return createLiveHub({ ...options, files, restored: await files.load() });
}
