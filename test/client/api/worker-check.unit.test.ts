// Big live answers are checked in a worker, small ones on the page; a worker that fails leaves the check to the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkText } from "../../../src/client/api/response-check.ts";
import { createWorkerCheck, type CheckReply, type CheckRequest } from "../../../src/client/api/worker-check.ts";

/** Stands in for the browser's Worker: answers like workers/check-worker.ts, or fails when told to. */
class FakeWorker {
  static started = 0;
  static fail = false;
  onmessage: ((event: MessageEvent<CheckReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.started++;
  }
  postMessage(request: CheckRequest): void {
    setTimeout(() => {
      if (FakeWorker.fail) return this.onerror?.({ message: "boom" } as ErrorEvent);
      this.onmessage?.({ data: { id: request.id, result: checkText(request.name, request.text) } } as MessageEvent);
    }, 0);
  }
  terminate(): void {}
}
(globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;

const health = JSON.stringify({ server: "ok", neo4j: { reachable: true, version: "5", database: "neo4j" } });

test("small answers are checked on the page, big ones in the worker, with the same result", async () => {
  const check = createWorkerCheck(1_000);
  assert.deepEqual(await check("health", health), checkText("health", health));
  assert.equal(FakeWorker.started, 0);
  const big = health.replace('"neo4j"}', `"${"n".repeat(2_000)}"}`);
  assert.deepEqual(await check("health", big), checkText("health", big));
  assert.equal(FakeWorker.started, 1);
  const bad = JSON.stringify({ server: 42, padding: "x".repeat(2_000) });
  const result = await check("health", bad);
  assert.equal(result.ok, false);
  assert.deepEqual(result, checkText("health", bad));
});

test("when the worker fails, the waiting check and later ones run on the page", async () => {
  FakeWorker.fail = true;
  const check = createWorkerCheck(10);
  assert.deepEqual(await check("health", health), checkText("health", health));
  FakeWorker.fail = false;
  const started = FakeWorker.started;
  assert.deepEqual(await check("health", health), checkText("health", health));
  assert.equal(FakeWorker.started, started, "no new worker after one failed");
});
