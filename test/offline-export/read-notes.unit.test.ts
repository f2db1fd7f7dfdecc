// An export with --with-notes reads the notes file as the server does: whole notes in order, a torn line left out.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { readNotesForExport } from "../../src/offline-export/index.ts";
import { noteLine } from "../../src/server/notes/note-lines.ts";
import type { Note } from "../../src/shared/index.ts";

const dir = mkdtempSync(join(tmpdir(), "kg-export-notes-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const note = (id: string): Note => ({
  id,
  target: { kind: "relationship", id: "4:abc:1" },
  text: "paraphrased",
  author: "Ben",
  createdAt: "2026-11-30T10:00:00.000Z",
});

test("reads every whole note and says which line it skipped", () => {
  const file = join(dir, "notes.jsonl");
  writeFileSync(file, noteLine(note("a")) + noteLine(note("b")) + noteLine(note("c")).slice(0, 30));
  const warnings: string[] = [];
  assert.deepEqual(
    readNotesForExport(file, (w) => warnings.push(w)),
    [note("a"), note("b")],
  );
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /notes\.jsonl:3: skipped/);
});

test("no notes file yet: no notes", () => {
  assert.deepEqual(readNotesForExport(join(dir, "absent.jsonl")), []);
});
