// Runs read-only guarded queries on a few worker threads. The driver decodes one huge value (a list of millions)
// in one synchronous stretch that outlasts any timeout; there it stalls a worker, which is terminated and replaced,
// instead of the API server's event loop.
import { Worker } from "node:worker_threads";
import type { GraphPayload } from "../../shared/index.ts";
import type { Connection } from "../db/connection.ts";
import type { GuardJob, GuardPool } from "./guard-types.ts";
import { decodeError, encodeParams, type TransferredError } from "../db/transfer.ts";

const WORKER_MODULE = new URL("./guard-worker.ts", import.meta.url).href;
// Resolved here, from this file, so the worker finds tsx whatever the current directory.
const TSX_API = import.meta.resolve("tsx/esm/api");
const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.module); });
`;

/** A worker that has not answered by the timeout plus this is stuck: it answers at the timeout + 1 s otherwise. */
const STUCK_AFTER_MS = 3_000;

type Reply = { id: number; ok: true; payload: GraphPayload } | { id: number; ok: false; error: TransferredError };
interface Pending {
  resolve: (payload: GraphPayload) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
  started: number;
}

export function createGuardPool(connection: Connection, size = 2): GuardPool {
  const slots: { worker: Worker; pending: Map<number, Pending>; ready: boolean }[] = [];
  let nextId = 0;
  let turn = 0;
  let closed = false;
  let broken = false;

  const timedOut = (started: number): GraphPayload => ({
    nodes: [],
    relationships: [],
    columns: [],
    rows: [],
    summary: {
      resultAvailableAfterMs: Math.round(performance.now() - started),
      capped: false,
      timedOut: true,
      rowCount: 0,
    },
  });

  function spawn(index: number): void {
    // The server runs under tsx, whose loader a worker does not inherit: the worker registers it, then loads the module.
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { connection, module: WORKER_MODULE, tsx: TSX_API },
    });
    const slot = { worker, pending: new Map<number, Pending>(), ready: false };
    slots[index] = slot;
    worker.on("message", (reply: Reply | "ready") => {
      if (reply === "ready") return void (slot.ready = true);
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      clearTimeout(job.timer);
      if (reply.ok) job.resolve(reply.payload);
      else job.reject(decodeError(reply.error));
    });
    worker.on("error", () => void replace(index, slot));
    worker.on("exit", () => void replace(index, slot));
  }

  /** Every job on a stuck or dead worker ends as timed out (the stuck one is why, the others waited behind it). */
  function replace(index: number, slot: (typeof slots)[number]): void {
    if (slots[index] !== slot) return;
    // A worker that cannot even start would fail again at once: run queries in-process rather than loop.
    if (!slot.ready) broken = true;
    for (const job of slot.pending.values()) {
      clearTimeout(job.timer);
      job.resolve(timedOut(job.started));
    }
    slot.pending.clear();
    void slot.worker.terminate();
    if (!closed && !broken) spawn(index);
  }

  for (let i = 0; i < size; i++) spawn(i);

  return {
    get available() {
      return !broken && !closed;
    },
    run(cypher, params, limits) {
      const index = turn++ % size;
      const slot = slots[index]!;
      const id = nextId++;
      return new Promise<GraphPayload>((resolve, reject) => {
        const timer = setTimeout(() => replace(index, slot), limits.timeoutMs + STUCK_AFTER_MS);
        slot.pending.set(id, { resolve, reject, timer, started: performance.now() });
        const job: GuardJob = { id, cypher, params: encodeParams(params), limits };
        slot.worker.postMessage(job);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
