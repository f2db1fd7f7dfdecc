import { test } from "node:test";
import assert from "node:assert/strict";
import type { SearchHit } from "../../../src/shared/index.ts";
import {
  activeHit,
  chosen,
  closeList,
  EMPTY_FIELD,
  moveActive,
  openList,
  resultsArrived,
  searchFailed,
  setActive,
  typed,
} from "../../../src/client/core/search/index.ts";
import { node } from "../fixtures.ts";

const hit = (key: string): SearchHit => ({
  node: node(`e:${key}`, ["Person"], { id: key }),
  key,
  name: key,
  matched: key,
  label: "Person",
  score: 1,
});
const hits = [hit("jack-ma"), hit("joe-tsai"), hit("eddie-wu")];

test("typing opens a loading list; clearing the field empties it", () => {
  const loading = typed(EMPTY_FIELD, "馬雲");
  assert.deepEqual(
    { status: loading.status, open: loading.open, query: loading.query },
    { status: "loading", open: true, query: "馬雲" },
  );
  assert.equal(typed(loading, "馬雲"), loading);
  assert.deepEqual(typed(loading, "  "), { ...EMPTY_FIELD, query: "  " });
});

test("late answers for an older query are dropped; the first hit becomes active", () => {
  const state = typed(typed(EMPTY_FIELD, "ma"), "ma yun");
  assert.equal(resultsArrived(state, "ma", hits), state);
  const ready = resultsArrived(state, "ma yun", hits);
  assert.equal(ready.active, 0);
  assert.equal(activeHit(ready)?.key, "jack-ma");
  const none = resultsArrived(state, "ma yun", []);
  assert.equal(none.active, -1);
  assert.equal(activeHit(none), null);
  const failure = { title: "The graph database is unreachable", message: "down", httpStatus: 503 };
  assert.equal(searchFailed(state, "ma", failure), state);
  assert.deepEqual(searchFailed(state, "ma yun", failure).failure, failure);
});

test("arrow keys wrap around; a closed list reopens before moving", () => {
  let state = resultsArrived(typed(EMPTY_FIELD, "a"), "a", hits);
  state = moveActive(state, -1);
  assert.equal(state.active, 2);
  state = moveActive(state, 1);
  assert.equal(state.active, 0);
  const closed = closeList(state);
  assert.equal(activeHit(closed), null);
  const reopened = moveActive(closed, 1);
  assert.equal(reopened.open, true);
  assert.equal(reopened.active, 0);
  assert.equal(setActive(state, 7), state);
  assert.equal(setActive(state, 1).active, 1);
  assert.equal(openList(EMPTY_FIELD), EMPTY_FIELD);
});

test("choosing shows the chosen name and closes the list", () => {
  const state = chosen(resultsArrived(typed(EMPTY_FIELD, "馬"), "馬", hits), "Jack Ma");
  assert.equal(state.query, "Jack Ma");
  assert.equal(state.open, false);
  assert.equal(state.status, "idle");
});
