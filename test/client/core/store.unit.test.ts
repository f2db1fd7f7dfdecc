import { test } from "node:test";
import assert from "node:assert/strict";
import { createStore, sliceUpdater } from "../../../src/client/lib/create-store.ts";

test("update replaces the state and notifies subscribers with the previous state", () => {
  const store = createStore({ n: 1 });
  const seen: Array<[number, number]> = [];
  store.subscribe((s, p) => seen.push([s.n, p.n]));
  store.update((s) => ({ n: s.n + 1 }));
  assert.equal(store.get().n, 2);
  assert.deepEqual(seen, [[2, 1]]);
});

test("an update returning the same object notifies nobody", () => {
  const store = createStore({ n: 1 });
  let calls = 0;
  store.subscribe(() => calls++);
  store.update((s) => s);
  assert.equal(calls, 0);
});

test("watch fires only when the selected slice changes, and unsubscribe stops it", () => {
  const store = createStore({ a: 1, b: 1 });
  const values: number[] = [];
  const stop = store.watch(
    (s) => s.a,
    (value) => values.push(value),
  );
  store.update((s) => ({ ...s, b: 2 }));
  store.update((s) => ({ ...s, a: 5 }));
  stop();
  store.update((s) => ({ ...s, a: 6 }));
  assert.deepEqual(values, [5]);
});

test("sliceUpdater changes one key and keeps the state object for no-op slice changes", () => {
  const store = createStore({ count: { n: 0 }, other: "x" });
  const apply = sliceUpdater<"count", { n: number }, { count: { n: number }; other: string }>(store, "count");
  const before = store.get();
  apply((c) => c);
  assert.equal(store.get(), before);
  apply((c) => ({ n: c.n + 1 }));
  assert.deepEqual(store.get(), { count: { n: 1 }, other: "x" });
});
