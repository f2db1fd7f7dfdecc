// Parses and checks an API answer against its endpoint's response schema: on the page for small answers, in a worker
// for big ones (the whole graph), where the same function runs.
import { prettifyError } from "zod";
import { endpoints, type EndpointName } from "../../shared/index.ts";

export type CheckResult = { ok: true; data: unknown } | { ok: false; message: string };

/** Checks the text of a successful answer; how a failure reads is the same wherever it runs. */
export type ResponseCheck = (name: EndpointName, text: string) => Promise<CheckResult>;

export function checkText(name: EndpointName, text: string): CheckResult {
  let json: unknown;
  try {
    json = text === "" ? null : (JSON.parse(text) as unknown);
  } catch {
    json = undefined; // not JSON: a proxy page or a crash, never our API's own answer
  }
  const parsed = endpoints[name].response.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, message: prettifyError(parsed.error).slice(0, 400) };
}

export const checkInline: ResponseCheck = (name, text) => Promise.resolve(checkText(name, text));
