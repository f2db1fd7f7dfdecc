// Live follow on the page: changes applied in order, a reconnect's whole view, pausing and following again, the end.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  applyRelativeCamera,
  ended,
  followAgain,
  INITIAL_LIVE,
  lookAround,
  receivedPatch,
  receivedState,
  relativeCamera,
  startFollowing,
  startTeaching,
  disconnected,
} from "../../../src/client/core/live/index.ts";
import { IDENTITY_CAMERA, type LiveView } from "../../../src/shared/index.ts";

const view: LiveView = { story: null, step: -1, caption: "Title", camera: IDENTITY_CAMERA, language: "en" };
const following = receivedState(startFollowing(INITIAL_LIVE, "F7-2YgpQxH5GoOZi"), 3, view, 2);

test("changes apply in order; an old or repeated one is ignored", () => {
  const s4 = receivedPatch(following, 4, { step: 0, caption: "Step 1" });
  assert.equal(s4.view?.step, 0);
  assert.equal(receivedPatch(s4, 4, { step: 5 }), s4, "the same number again");
  assert.equal(receivedPatch(s4, 2, { step: 5 }), s4, "an older one");
  assert.equal(receivedPatch(s4, 5, { step: 1 }).view?.step, 1);
  const fresh = startFollowing(INITIAL_LIVE, "F7-2YgpQxH5GoOZi");
  assert.equal(receivedPatch(fresh, 1, { step: 1 }), fresh, "a part of a view with no view to change");
});

test("a reconnect's whole view replaces what the page held, even with a lower number (a restarted server)", () => {
  const dropped = disconnected(receivedPatch(following, 9, { step: 2 }));
  assert.equal(dropped.connection, "reconnecting");
  const back = receivedState(dropped, 1, { ...view, step: 1 }, 1);
  assert.deepEqual([back.connection, back.seq, back.view?.step], ["open", 1, 1]);
});

test("looking around pauses following; Follow the teacher resumes it; a teacher's page never pauses", () => {
  const paused = lookAround(following);
  assert.equal(paused.following, false);
  const moved = receivedPatch(paused, 4, { step: 2 });
  assert.equal(moved.view?.step, 2, "the teacher's steps are still kept while paused");
  assert.equal(followAgain(moved).following, true);
  const teacher = startTeaching(INITIAL_LIVE, "F7-2YgpQxH5GoOZi");
  assert.equal(lookAround(teacher), teacher);
});

test("an ended session stays ended: no reconnect, no more steps", () => {
  const over = ended(following, "This live session has ended.");
  assert.equal(disconnected(over), over);
  assert.equal(receivedPatch(over, 10, { step: 3 }), over);
  assert.equal(receivedState(over, 10, view, 0), over);
});

test("the teacher's camera relative to the step's frame comes back on another frame", () => {
  const frame = { x: 0.5, y: 0.4, ratio: 0.25, angle: 0 };
  const camera = { x: 0.55, y: 0.3, ratio: 0.125, angle: 0 };
  const relative = relativeCamera(camera, frame);
  assert.deepEqual(relative, { dx: 0.2, dy: -0.4, zoom: 0.5, angle: 0 });
  assert.deepEqual(relativeCamera(frame, frame), IDENTITY_CAMERA);
  const other = applyRelativeCamera({ x: 0.1, y: 0.1, ratio: 0.5, angle: 0 }, relative);
  assert.deepEqual(other, { x: 0.2, y: -0.1, ratio: 0.25, angle: 0 });
});
