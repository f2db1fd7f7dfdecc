// The as-of slice and its reducers: invalid dates are refused, not-yet facts dim or hide, ended ones are marked.
import { test } from "node:test";
import assert from "node:assert/strict";
import { asOfEdge, asOfNode, INITIAL_TIME, setAsOf, setHideNotYet } from "../../../src/client/core/time/index.ts";

const colors = { dimNode: "#dim-node", dimEdge: "#dim-edge", ended: "#ended" };

test("setAsOf keeps a valid date, refuses an invalid one and returns the same state for no change", () => {
  const state = setAsOf(INITIAL_TIME, "2023-06");
  assert.equal(state.asOf, "2023-06");
  assert.equal(setAsOf(state, "2023-13"), state);
  assert.equal(setAsOf(state, "2023-06"), state);
  assert.equal(setAsOf(state, null).asOf, null);
  assert.equal(setHideNotYet(state, false), state);
  assert.equal(setHideNotYet(state, true).hideNotYet, true);
});

test("edges: not yet true are dimmed or hidden, ended ones recoloured and labelled, others untouched", () => {
  const display = { color: "#edge", label: "ADOPTED_BY", size: 2 };
  assert.equal(asOfEdge(display, null, false, colors), display, "undated");
  assert.equal(asOfEdge(display, "current", false, colors), display);
  assert.deepEqual(asOfEdge(display, "not-yet", false, colors), {
    ...display,
    color: "#dim-edge",
    label: "",
    zIndex: 0,
  });
  assert.deepEqual(asOfEdge(display, "not-yet", true, colors), { ...display, hidden: true });
  assert.deepEqual(asOfEdge(display, "ended", false, colors), {
    ...display,
    color: "#ended",
    label: "ADOPTED_BY (ended)",
  });
  const hidden = { ...display, hidden: true };
  assert.equal(asOfEdge(hidden, "ended", false, colors), hidden, "an edge hidden by another reducer stays hidden");
});

test("events not yet happened are dimmed or hidden", () => {
  const display = { color: "#node", label: "Split plan", size: 8 };
  assert.equal(asOfNode(display, "current", false, colors), display);
  assert.deepEqual(asOfNode(display, "not-yet", false, colors), {
    ...display,
    color: "#dim-node",
    label: "",
    zIndex: 0,
  });
  assert.deepEqual(asOfNode(display, "not-yet", true, colors), { ...display, hidden: true });
});
