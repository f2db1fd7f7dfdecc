// A live session's pure transitions: the first step must be whole, each change counts, the teacher's absence ends it.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  applyPatch,
  createSession,
  expire,
  stopSession,
  teacherJoined,
  teacherLeft,
  type LiveLimits,
} from "../../../src/server/live/index.ts";
import { IDENTITY_CAMERA, type LiveView } from "../../../src/shared/index.ts";

const limits: LiveLimits = { graceMs: 1_000, maxLifetimeMs: 60_000 };
const view: LiveView = { story: null, step: -1, caption: "A story", camera: IDENTITY_CAMERA, language: "en" };

test("the first change must carry the whole view; later ones change a part and count one each", () => {
  const s0 = createSession("abcdefghijklmnop", 0);
  assert.equal(s0.seq, 0);
  assert.equal(applyPatch(s0, { step: 0 }), null, "a partial first step is refused");
  const s1 = applyPatch(s0, view)!;
  assert.equal(s1.seq, 1);
  const s2 = applyPatch(s1, { step: 2, caption: "Step 3" })!;
  assert.equal(s2.seq, 2);
  assert.deepEqual(s2.view, { ...view, step: 2, caption: "Step 3" });
  assert.deepEqual(s1.view, view, "the earlier state is left as it was");
});

test("a stopped session refuses changes and stays stopped for the same reason", () => {
  const live = applyPatch(createSession("abcdefghijklmnop", 0), view)!;
  const stopped = stopSession(live, 5);
  assert.deepEqual(stopped.ended, { at: 5, reason: "stopped" });
  assert.equal(applyPatch(stopped, { step: 1 }), null);
  assert.equal(stopSession(stopped, 9, "teacher-gone"), stopped);
  assert.equal(teacherJoined(stopped), stopped);
});

test("a teacher away past the grace period ends the session; coming back within it keeps it", () => {
  let s = teacherJoined(applyPatch(createSession("abcdefghijklmnop", 0), view)!);
  s = teacherLeft(s, 10_000);
  assert.equal(expire(s, 10_999, limits).ended, null, "still within the grace period");
  const back = teacherJoined(s);
  assert.equal(expire(back, 50_000, limits).ended, null, "a connected teacher keeps it alive");
  assert.deepEqual(expire(s, 11_000, limits).ended, { at: 11_000, reason: "teacher-gone" });
});

test("a session whose teacher never connects ends after the grace period; every session ends when too old", () => {
  assert.equal(expire(createSession("abcdefghijklmnop", 0), 1_000, limits).ended?.reason, "teacher-gone");
  const connected = teacherJoined(createSession("abcdefghijklmnop", 0));
  assert.equal(expire(connected, 59_999, limits).ended, null);
  assert.equal(expire(connected, 60_000, limits).ended?.reason, "too-old");
});
