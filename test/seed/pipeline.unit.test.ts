// Pipelined statements: all sent before any answer is read, answers read in order, the first failure is the one blamed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { runPipelined, type PipelinedStep } from "../../src/seed/pipeline.ts";

type ResultSummary = Parameters<PipelinedStep<unknown>["onDone"]>[0];

/** A transaction whose answers arrive later than the sends, out of order; statements named "fail…" reject. */
function slowTx(sent: string[]) {
  return {
    run: (text: string) => {
      sent.push(text);
      const delay = 30 - sent.length * 5;
      const answer = new Promise<ResultSummary>((resolve, reject) =>
        setTimeout(
          () => (text.startsWith("fail") ? reject(new Error(text)) : resolve({ text } as unknown as ResultSummary)),
          Math.max(1, delay),
        ),
      );
      return { summary: () => answer };
    },
  } as never;
}

test("every statement is sent before the first answer is read; answers come back in statement order", async () => {
  const sent: string[] = [];
  const order: string[] = [];
  const steps = ["a", "b", "c", "d"].map((text) => ({
    text,
    onDone: (summary: ResultSummary) => {
      // All four were sent by the time the first answer is handled.
      assert.equal(sent.length, 4);
      order.push((summary as unknown as { text: string }).text);
      return text;
    },
    onError: (err: unknown) => err,
  }));
  assert.deepEqual(await runPipelined(slowTx(sent), steps), ["a", "b", "c", "d"]);
  assert.deepEqual(order, ["a", "b", "c", "d"]);
});

test("the first failing statement in order is blamed; the later ones' failures are swallowed", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const done: string[] = [];
    const steps = ["ok1", "fail2", "fail3", "ok4"].map((text) => ({
      text,
      onDone: () => done.push(text),
      onError: (err: unknown) => new Error(`blamed ${text}: ${(err as Error).message}`),
    }));
    await assert.rejects(runPipelined(slowTx([]), steps), /^Error: blamed fail2: fail2$/);
    assert.deepEqual(done, ["ok1"]);
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(unhandled, []);
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
});
