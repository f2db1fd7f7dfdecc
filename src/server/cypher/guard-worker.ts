// Worker thread that runs guarded queries with a driver of its own: decoding a huge result blocks this thread,
// never the API server's, and the pool can terminate it.
import { parentPort, workerData } from "node:worker_threads";
import type { Connection } from "../db/connection.ts";
import { createDriver } from "../db/driver.ts";
import { runGuarded } from "./run-guarded.ts";
import type { GuardJob } from "./guard-types.ts";
import { decodeParams, encodeError } from "../db/transfer.ts";

const { connection } = workerData as { connection: Connection };
const driver = createDriver(connection);
const ctx = { driver, database: connection.database, timeoutMs: 0 };

parentPort!.on("message", (job: GuardJob) => {
  runGuarded(
    { ...ctx, timeoutMs: job.limits.timeoutMs },
    job.cypher,
    decodeParams(job.params) as Record<string, unknown>,
    job.limits,
  ).then(
    (payload) => parentPort!.postMessage({ id: job.id, ok: true, payload }),
    (error: unknown) => parentPort!.postMessage({ id: job.id, ok: false, error: encodeError(error) }),
  );
});
parentPort!.postMessage("ready");
