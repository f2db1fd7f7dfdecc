// The notes file's pure parts: a line per note, a torn last line skipped and reported, a torn tail noticed.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { noteLine, parseNoteLines } from "../../../src/server/notes/note-lines.ts";
import type { Note } from "../../../src/shared/index.ts";

const note = (i: number): Note => ({
  id: `id-${i}`,
  target: { kind: "node", id: "jack-ma" },
  text: `note ${i}\nwith a line break and "quotes"`,
  author: "Aiko",
  createdAt: `2026-11-30T10:00:0${i}.000Z`,
});

describe("note lines", () => {
  it("reads back what it wrote, one note a line, even with line breaks in the text", () => {
    const text = [note(1), note(2), note(3)].map(noteLine).join("");
    assert.equal(text.split("\n").length, 4);
    assert.deepEqual(parseNoteLines(text), { notes: [note(1), note(2), note(3)], skipped: [], tornTail: false });
  });

  it("skips a torn last line, says which, and keeps the notes before it", () => {
    const whole = noteLine(note(1)) + noteLine(note(2));
    const torn = noteLine(note(3)).slice(0, 25);
    const parsed = parseNoteLines(whole + torn);
    assert.deepEqual(parsed.notes, [note(1), note(2)]);
    assert.equal(parsed.skipped.length, 1);
    assert.equal(parsed.skipped[0]!.line, 3);
    assert.match(parsed.skipped[0]!.message, /not a whole JSON line/);
    assert.equal(parsed.tornTail, true);
  });

  it("skips a torn line followed by later whole notes (a crash, then more writes)", () => {
    const text = noteLine(note(1)) + noteLine(note(2)).slice(0, 10) + "\n" + noteLine(note(3));
    const parsed = parseNoteLines(text);
    assert.deepEqual(parsed.notes, [note(1), note(3)]);
    assert.deepEqual(
      parsed.skipped.map((s) => s.line),
      [2],
    );
    assert.equal(parsed.tornTail, false);
  });

  it("skips JSON that is not a note, naming the field", () => {
    const parsed = parseNoteLines(`${JSON.stringify({ ...note(1), createdAt: "yesterday" })}\n`);
    assert.deepEqual(parsed.notes, []);
    assert.match(parsed.skipped[0]!.message, /createdAt/);
  });

  it("reads an empty file as no notes", () => {
    assert.deepEqual(parseNoteLines(""), { notes: [], skipped: [], tornTail: false });
  });
});
