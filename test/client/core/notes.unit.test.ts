// The notes slice: a lookup answers every asked target (none is an answer), a saved note shows once, the name is kept.
import assert from "node:assert/strict";
import { test } from "node:test";
import { addNote, INITIAL_NOTES, notesOf, receiveNotes, setAuthor } from "../../../src/client/core/notes/index.ts";
import type { Note, NoteTarget } from "../../../src/shared/index.ts";

const jack: NoteTarget = { kind: "node", id: "jack-ma" };
const rel: NoteTarget = { kind: "relationship", id: "4:x:1" };
const note = (id: string, target: NoteTarget): Note => ({
  id,
  target,
  text: id,
  author: "Aiko",
  createdAt: "2026-11-30T10:00:00.000Z",
});

test("a lookup fills every asked target, keeps others, and says whether notes can be added", () => {
  const first = receiveNotes(INITIAL_NOTES, [jack], [note("a", jack)], true);
  const second = receiveNotes(first, [rel], [], true);
  assert.deepEqual(notesOf(second, jack), [note("a", jack)]);
  assert.deepEqual(notesOf(second, rel), []);
  assert.ok("relationship:4:x:1" in second.byTarget, "asked and none: an answer");
  assert.equal(second.writable, true);
  assert.equal(receiveNotes(second, [rel], [], false).writable, false);
});

test("a saved note goes last on its target, and the same note twice shows once", () => {
  const state = receiveNotes(INITIAL_NOTES, [jack], [note("a", jack)], true);
  const added = addNote(state, note("b", jack));
  assert.deepEqual(
    notesOf(added, jack).map((n) => n.id),
    ["a", "b"],
  );
  assert.equal(addNote(added, note("b", jack)), added);
});

test("the author's name is trimmed, and the same name changes nothing", () => {
  const named = setAuthor(INITIAL_NOTES, "  Aiko ");
  assert.equal(named.author, "Aiko");
  assert.equal(setAuthor(named, "Aiko"), named);
});
