// Ad-hoc queries hold at most a few of Neo4j's transactions at once. A query that times out keeps its slot until
// Neo4j no longer lists its transaction: Neo4j checks for termination between rows, so one long expression can run
// on for hours after the timeout, and without this every retry would take another core from everybody else.
import { randomUUID } from "node:crypto";
import type { StuckTransaction } from "../../shared/index.ts";
import { accessMode, type Driver } from "../db/driver-types.ts";
import { BusyError } from "../errors.ts";
import { TAGGED_TRANSACTIONS, TERMINATE_OWN_TRANSACTIONS } from "../queries/admin.ts";

export interface AdhocSlot {
  /** Transaction metadata that tags the query, so its transaction can be found after the timeout. */
  readonly metadata: Record<string, string>;
  /** Frees the slot, unless the query timed out and Neo4j still runs it: then it stays taken until Neo4j is done. */
  finish(timedOut: boolean): Promise<void>;
}

export interface AdhocSlots {
  /** A slot for this query, or a BusyError (503, Retry-After) when every slot is taken. */
  acquire(query: string): AdhocSlot;
  /** Timed-out queries whose transactions Neo4j still runs. */
  stuck(): StuckTransaction[];
  readonly limit: number;
  readonly inUse: number;
  close(): void;
}

export interface AdhocSlotOptions {
  driver: Driver;
  database: string;
  /** Ad-hoc transactions at once (ADHOC_QUERY_CONCURRENCY). */
  limit: number;
  /** How often Neo4j is asked whether stuck transactions are gone. */
  pollMs?: number;
  log?: (line: string) => void;
}

interface Taken {
  query: string;
  timedOutAt: number | null;
  transactionId: string | null;
  status: string | null;
  elapsedMs: number | null;
}

/** A timed-out transaction that is merely unwinding is gone within this; one still listed after it is stuck. */
const SETTLE_CHECKS = [0, 150, 350];
const QUERY_SHOWN = 200;

export function createAdhocSlots(o: AdhocSlotOptions): AdhocSlots {
  const taken = new Map<string, Taken>();
  const pollMs = o.pollMs ?? 2_000;
  const log = o.log ?? (() => {});
  let poller: NodeJS.Timeout | null = null;
  let closed = false;

  /** Which of these tagged transactions Neo4j still lists; null when it cannot be asked (then assume all). */
  async function listed(ids: string[]): Promise<Map<string, Record<string, unknown>> | null> {
    const session = o.driver.session({ database: o.database, defaultAccessMode: accessMode.READ });
    try {
      const result = await session.run(TAGGED_TRANSACTIONS, { ids });
      return new Map(result.records.map((r) => [r.get("id") as string, r.toObject()]));
    } catch {
      return null;
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** Asks Neo4j to end these transactions now; failing that, its own timeout check ends them later. */
  async function terminate(transactionIds: string[]): Promise<void> {
    const session = o.driver.session({ database: o.database, defaultAccessMode: accessMode.READ });
    try {
      await session.run(TERMINATE_OWN_TRANSACTIONS, { transactionIds });
    } catch {
      // Not allowed or already gone: the polling below still frees the slot once Neo4j no longer lists it.
    } finally {
      await session.close().catch(() => {});
    }
  }

  function release(id: string, why: string): void {
    const entry = taken.get(id);
    if (!entry) return;
    taken.delete(id);
    if (entry.timedOutAt !== null) {
      const seconds = Math.round((Date.now() - entry.timedOutAt) / 1000);
      log(`Ad-hoc query ${id} ${why} ${seconds} s after its timeout; its slot is free again.`);
    }
  }

  async function poll(): Promise<void> {
    const ids = [...taken].filter(([, t]) => t.timedOutAt !== null).map(([id]) => id);
    if (!ids.length) return stopPolling();
    const present = await listed(ids);
    if (!present) return;
    for (const id of ids) {
      const row = present.get(id);
      if (!row) release(id, "ended in Neo4j");
      else {
        const entry = taken.get(id)!;
        entry.transactionId = String(row.transactionId);
        entry.status = typeof row.status === "string" ? row.status : null;
        entry.elapsedMs = Number(row.elapsedMs);
      }
    }
  }

  function startPolling(): void {
    if (poller || closed) return;
    poller = setInterval(() => void poll(), pollMs);
    poller.unref();
  }
  function stopPolling(): void {
    if (poller) clearInterval(poller);
    poller = null;
  }

  return {
    limit: o.limit,
    get inUse() {
      return taken.size;
    },
    acquire(query) {
      if (taken.size >= o.limit) {
        const stuck = [...taken.values()].filter((t) => t.timedOutAt !== null);
        const why = stuck.length
          ? `${stuck.length} of them timed out but Neo4j is still running it (${stuck[0]!.query.slice(0, 80)}…)`
          : "they are still running";
        throw new BusyError(
          `The explorer runs at most ${o.limit} ad-hoc ${o.limit === 1 ? "query" : "queries"} at a time in Neo4j, and ${why}. ` +
            "Try again shortly; search, expand, paths and saved queries keep answering meanwhile.",
          Math.ceil((pollMs * 2) / 1000),
          { limit: o.limit, stuck: stuck.length },
        );
      }
      const id = randomUUID();
      taken.set(id, { query, timedOutAt: null, transactionId: null, status: null, elapsedMs: null });
      return {
        metadata: { explorerAdhoc: id },
        async finish(timedOut) {
          if (!timedOut) return release(id, "finished");
          const entry = taken.get(id);
          if (!entry) return;
          entry.timedOutAt = Date.now();
          // The server may have stopped waiting before Neo4j's own timeout check came round: end it now.
          const running = await listed([id]);
          if (running && !running.has(id)) return release(id, "ended");
          const transactionId = running?.get(id)?.transactionId;
          if (typeof transactionId === "string") await terminate([transactionId]);
          // Most terminated queries end at the next row; only one still listed after a moment is stuck.
          for (const wait of SETTLE_CHECKS) {
            await new Promise((r) => setTimeout(r, wait));
            const present = await listed([id]);
            if (present && !present.has(id)) return release(id, "ended");
          }
          log(
            `Ad-hoc query ${id} timed out, but Neo4j still runs its transaction; its slot stays taken until it ends: ` +
              entry.query.slice(0, QUERY_SHOWN),
          );
          startPolling();
        },
      };
    },
    stuck() {
      return [...taken]
        .filter(([, t]) => t.timedOutAt !== null)
        .map(([id, t]) => ({
          id,
          query: t.query.slice(0, QUERY_SHOWN),
          timedOutForMs: Date.now() - t.timedOutAt!,
          transactionId: t.transactionId,
          status: t.status,
        }));
    },
    close() {
      closed = true;
      stopPolling();
    },
  };
}
