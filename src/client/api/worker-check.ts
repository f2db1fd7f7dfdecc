// The live client's check of big answers in a worker (workers/check-worker.ts); small ones stay on the page, where
// a round trip to the worker would cost more than the check.
import type { EndpointName } from "../../shared/index.ts";
import { checkText, type CheckResult, type ResponseCheck } from "./response-check.ts";

export interface CheckRequest {
  id: number;
  name: EndpointName;
  text: string;
}

export interface CheckReply {
  id: number;
  result: CheckResult;
}

/** Answers of at least this many characters are checked in the worker (the whole graph of a few hundred nodes). */
export const WORKER_CHECK_CHARS = 200_000;

export function createWorkerCheck(minChars = WORKER_CHECK_CHARS): ResponseCheck {
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const pending = new Map<number, { request: CheckRequest; resolve: (result: CheckResult) => void }>();
  const start = (): Worker => {
    const w = new Worker(new URL("../workers/check-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (event: MessageEvent<CheckReply>) => {
      pending.get(event.data.id)?.resolve(event.data.result);
      pending.delete(event.data.id);
    };
    // A worker that cannot start (or dies) leaves the checks to the page: slower, never lost.
    w.onerror = () => {
      broken = true;
      w.terminate();
      worker = null;
      for (const { request, resolve } of pending.values()) resolve(checkText(request.name, request.text));
      pending.clear();
    };
    return w;
  };
  return (name, text) => {
    if (text.length < minChars || broken) return Promise.resolve(checkText(name, text));
    worker ??= start();
    const request: CheckRequest = { id: ++next, name, text };
    return new Promise<CheckResult>((resolve) => {
      pending.set(request.id, { request, resolve });
      worker!.postMessage(request);
    });
  };
}
