// Web worker: parses and checks big API answers (the whole graph) off the page's main thread, where the zod check of
// a 10,000-node graph was one long task.
import "../lib/zod-csp.ts";
import { checkText } from "../api/response-check.ts";
import type { CheckReply, CheckRequest } from "../api/worker-check.ts";

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, name, text } = event.data;
  const reply: CheckReply = { id, result: checkText(name, text) };
  self.postMessage(reply);
};
