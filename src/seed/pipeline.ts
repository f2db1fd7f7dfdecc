// Sends a run of statements in one transaction without waiting for each answer (the driver pipelines them on the
// connection), then reads the answers in order, so an error is still pinned on the first statement that failed.
import type { ResultSummary, Transaction } from "neo4j-driver";

export interface PipelinedStep<T> {
  text: string;
  /** Called in order with each statement's summary and when its answer arrived (ms since the run began). */
  onDone: (summary: ResultSummary, atMs: number) => T;
  /** Turns the statement's own error into the one to report. */
  onError: (err: unknown) => unknown;
}

/**
 * Sends every statement, then awaits them in order. Once one fails the transaction is broken and the later ones fail
 * too; the first failure in order is the statement to blame, and the others' rejections are swallowed.
 */
export async function runPipelined<T>(tx: Pick<Transaction, "run">, steps: readonly PipelinedStep<T>[]): Promise<T[]> {
  const started = performance.now();
  const pending = steps.map((step) => {
    const answer = tx.run(step.text).summary();
    const done = answer.then((summary) => ({ summary, atMs: performance.now() - started }));
    done.catch(() => undefined);
    return done;
  });
  const out: T[] = [];
  for (const [i, step] of steps.entries()) {
    let answer: { summary: ResultSummary; atMs: number };
    try {
      answer = await pending[i]!;
    } catch (err) {
      throw step.onError(err);
    }
    out.push(step.onDone(answer.summary, answer.atMs));
  }
  return out;
}
