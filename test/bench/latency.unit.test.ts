// The latency phase of bench:scale never waits for ever: a request that gets no answer ends the run, named.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { measureLatency } from "../../src/bench/latency.ts";
import type { QueryCase } from "../../src/bench/query-cases.ts";

/** Answers `/ok` at once and never answers anything else (the socket stays open, as in the hang seen at 1M). */
async function server(): Promise<{ url: string; server: Server }> {
  const s = createServer((req, res) => {
    if (req.url === "/ok") res.end("{}");
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, server: s };
}

function close(s: Server): void {
  s.closeAllConnections();
  s.close();
}

const never = () => new Promise<void>(() => {});
const options = (log: string[]) => ({ requests: 3, warmup: 1, requestTimeoutMs: 300, log: (l: string) => log.push(l) });

test("figures for every case when every request answers", async (t) => {
  const { url, server: s } = await server();
  t.after(() => close(s));
  const log: string[] = [];
  const cases: QueryCase[] = [{ name: "fine", path: () => "/ok", raw: async () => {} }];
  const [f] = await measureLatency({ current: url, old: url }, cases, options(log));
  assert.equal(f?.requests, 3);
  assert.ok(Number.isFinite(f!.http.p99) && Number.isFinite(f!.raw.p99));
  assert.match(log[0]!, /case 1 of 1: fine/);
});

test("an HTTP request with no answer stops the run with the case and path, within the limit", async (t) => {
  const { url, server: s } = await server();
  t.after(() => close(s));
  const cases: QueryCase[] = [
    { name: "fine", path: () => "/ok", raw: async () => {} },
    { name: "stuck search", path: (i) => `/stuck?i=${i}`, raw: async () => {} },
  ];
  const t0 = performance.now();
  await assert.rejects(
    measureLatency({ current: url, old: url }, cases, options([])),
    /stuck search: GET \/stuck\?i=0 gave no answer within 0\.3 s/,
  );
  assert.ok(performance.now() - t0 < 10_000, "ended by the limit, not by a test timeout");
});

test("a raw driver query that never settles stops the run too, named", async (t) => {
  const { url, server: s } = await server();
  t.after(() => close(s));
  const cases: QueryCase[] = [{ name: "stuck raw", path: () => "/ok", raw: never }];
  await assert.rejects(
    measureLatency({ current: url, old: url }, cases, options([])),
    /stuck raw: the raw driver's query for request 1: not done within/,
  );
});
