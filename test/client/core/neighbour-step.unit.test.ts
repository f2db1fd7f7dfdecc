// Arrow keys on the stage: the neighbour ahead in the pressed direction, and where travel starts without a selection.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  arrowStep,
  INITIAL_SELECTION,
  isArrowKey,
  nearestTo,
  neighbourAhead,
  type Placed,
} from "../../../src/client/core/selection/index.ts";

const from: Placed = { key: "a", x: 100, y: 100 };
const right: Placed = { key: "right", x: 200, y: 110 };
const farRight: Placed = { key: "far-right", x: 400, y: 100 };
const up: Placed = { key: "up", x: 95, y: 20 };
const downLeft: Placed = { key: "down-left", x: 40, y: 180 };

test("each arrow picks the neighbour ahead, the nearer one on the line of travel first", () => {
  const all = [right, farRight, up, downLeft];
  assert.equal(neighbourAhead(from, all, "ArrowRight"), "right");
  assert.equal(neighbourAhead(from, all, "ArrowUp"), "up", "screen y grows downwards");
  assert.equal(neighbourAhead(from, all, "ArrowDown"), "down-left");
  assert.equal(neighbourAhead(from, all, "ArrowLeft"), "down-left");
});

test("a neighbour far off to the side is not ahead; with none ahead the answer is null", () => {
  assert.equal(neighbourAhead(from, [up], "ArrowRight"), null);
  assert.equal(neighbourAhead(from, [], "ArrowLeft"), null);
  // Straight ahead but farther beats nearer and well off the line.
  const offLine: Placed = { key: "off-line", x: 150, y: 170 };
  const ahead: Placed = { key: "ahead", x: 300, y: 100 };
  assert.equal(neighbourAhead(from, [offLine, ahead], "ArrowRight"), "ahead");
});

test("without a selection, the node nearest the centre is selected; with one, the step moves or stays", () => {
  const visible = [right, up, downLeft];
  const started = arrowStep(INITIAL_SELECTION, "ArrowRight", {
    selected: null,
    neighbours: [],
    visible,
    centre: { x: 190, y: 100 },
  });
  assert.equal(started.selected, "right");
  assert.equal(nearestTo({ x: 0, y: 0 }, []), null);
  const at = { ...INITIAL_SELECTION, selected: "a" };
  const moved = arrowStep(at, "ArrowUp", { selected: from, neighbours: visible, visible: [], centre: { x: 0, y: 0 } });
  assert.equal(moved.selected, "up");
  const stayed = arrowStep(at, "ArrowRight", { selected: from, neighbours: [up], visible: [], centre: { x: 0, y: 0 } });
  assert.equal(stayed, at, "the same state object when nothing is ahead");
  assert.ok(isArrowKey("ArrowLeft") && !isArrowKey("Enter"));
});
