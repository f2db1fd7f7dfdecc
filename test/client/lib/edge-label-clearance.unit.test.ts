// Where an edge label runs and whether it covers a node's name: the geometry the stage uses to leave labels out.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  edgeLabelPlacement,
  lineTouchesBox,
  nodeLabelBox,
} from "../../../src/client/lib/label-geometry/edge-label-clearance.ts";

describe("edge label clearance", () => {
  it("a straight label runs along the edge, centred, as wide as its text", () => {
    const line = edgeLabelPlacement({ x: 0, y: 0, size: 5 }, { x: 200, y: 0, size: 5 }, 60, 0, 7)?.points ?? [];
    assert.equal(line.length, 7);
    assert.deepEqual(line[0], { x: 70, y: 0 });
    assert.deepEqual(line[3], { x: 100, y: 0 });
    assert.deepEqual(line[6], { x: 130, y: 0 });
  });

  it("a label longer than the edge between the discs is clipped to it; a too-short edge has none", () => {
    const line = edgeLabelPlacement({ x: 0, y: 0, size: 10 }, { x: 100, y: 0, size: 10 }, 500, 0, 3)?.points ?? [];
    assert.deepEqual(
      line.map((p) => p.x),
      [10, 50, 90],
    );
    assert.deepEqual(edgeLabelPlacement({ x: 0, y: 0, size: 10 }, { x: 15, y: 0, size: 10 }, 50)?.points ?? [], []);
  });

  it("a bent edge's label sits half way to the curve's anchor; the opposite direction bends the other way", () => {
    // Chord from (0,0) to (200,0), curvature 0.25: anchor at (100, -50), the curve's middle at (100, -25).
    const line = edgeLabelPlacement({ x: 0, y: 0, size: 0 }, { x: 200, y: 0, size: 0 }, 20, 0.25, 3)?.points ?? [];
    assert.deepEqual(line[1], { x: 100, y: -25 });
    // The relationship the other way round (a parallel pair in both directions) bends to the other side.
    const back = edgeLabelPlacement({ x: 200, y: 0, size: 0 }, { x: 0, y: 0, size: 0 }, 20, 0.25, 3)?.points ?? [];
    assert.deepEqual(back[1], { x: 100, y: 25 });
  });

  it("a node label box sits right of the disc; text through it touches, text clear of it does not", () => {
    const box = nodeLabelBox({ x: 100, y: 100 }, 8, 50, 16);
    assert.deepEqual(box, { left: 111, right: 161, top: 92, bottom: 108 });
    assert.equal(lineTouchesBox([{ x: 130, y: 100 }], box, 12), true);
    assert.equal(lineTouchesBox([{ x: 130, y: 114 }], box, 12), true, "within half the text height");
    assert.equal(lineTouchesBox([{ x: 130, y: 115 }], box, 12), false);
    assert.equal(lineTouchesBox([{ x: 90, y: 100 }], box, 12), false, "left of the label: the disc, not the name");
  });

  it("a label placed nearer one end is centred there and no wider than the room on its shorter side", () => {
    // Discs of 10 at both ends of a 220 px edge leave 200 px; at 0.25 the centre is 50 px in, with 50 px either side.
    const line =
      edgeLabelPlacement({ x: 0, y: 0, size: 10 }, { x: 220, y: 0, size: 10 }, 300, 0, 3, 0.25)?.points ?? [];
    assert.deepEqual(
      line.map((p) => p.x),
      [10, 60, 110],
    );
  });
});
