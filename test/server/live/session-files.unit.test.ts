// Live sessions kept on disk, in process: a hub opened on the folder again serves the same sessions with their last
// view and key, an ended one stays ended, a session of another running server is left to it, and files that are not
// sessions are said and skipped.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { GoneError, NotFoundError } from "../../../src/server/errors.ts";
import { openLiveHub, openLiveSessionFiles } from "../../../src/server/live/index.ts";

const dir = mkdtempSync(join(tmpdir(), "kg-live-files-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("a hub opened again on the folder keeps live sessions, ended ones stay ended, other servers' are left alone", async () => {
  const folder = join(dir, "restart");
  const first = await openLiveHub(folder);
  const live = first.create();
  const stopped = first.create();
  await first.close();
  // The stopped one is ended by hand here (the teacher's stop message does this over its socket).
  const files = await openLiveSessionFiles(folder);
  const records = await files.load();
  assert.equal(records.length, 2);
  assert.ok(records.every((r) => !JSON.stringify(r).includes(live.teacherKey) && r.keyHash.length === 64));
  const record = records.find((r) => r.state.id === stopped.id)!;
  files.save(record.keyHash, { ...record.state, ended: { at: Date.now(), reason: "stopped" } });
  await files.flush();

  // A session written by another server that is running now (a child process that waits) is not taken over.
  const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
  const theirs = {
    ...records.find((r) => r.state.id === live.id)!,
    owner: { pid: other.pid!, host: records[0]!.owner.host },
  };
  const theirId = "AAAAAAAAAAAAAAAA";
  writeFileSync(
    join(folder, `${theirId}.json`),
    JSON.stringify({ ...theirs, state: { ...theirs.state, id: theirId } }),
  );
  // Leftovers that are not sessions: said and skipped, a cut-short temporary file removed.
  writeFileSync(join(folder, "BBBBBBBBBBBBBBBB.json"), "{not json");
  writeFileSync(join(folder, "CCCCCCCCCCCCCCCC.json"), JSON.stringify({ version: 1 }));
  writeFileSync(join(folder, "DDDDDDDDDDDDDDDD.1234.tmp"), "{");

  const warnings: string[] = [];
  const loaded = await openLiveSessionFiles(folder, (line) => warnings.push(line));
  assert.equal((await loaded.load()).length, 3);
  assert.equal(warnings.length, 2);
  assert.match(warnings.join("\n"), /BBBBBBBBBBBBBBBB\.json: skipped, not JSON/);
  assert.match(warnings.join("\n"), /CCCCCCCCCCCCCCCC\.json: skipped, not a live session \(keyHash/);
  assert.ok(!readdirSync(folder).some((name) => name.endsWith(".tmp")));

  for (const bad of ["BBBBBBBBBBBBBBBB", "CCCCCCCCCCCCCCCC"]) rmSync(join(folder, `${bad}.json`));
  const second = await openLiveHub(folder);
  try {
    assert.deepEqual(second.status(live.id), { seq: 0, view: null, followers: 0 });
    assert.throws(() => second.status(stopped.id), GoneError);
    assert.throws(() => second.status(theirId), NotFoundError);
    assert.equal(second.counts().sessions, 1);
    // The restored session is this server's now.
    await second.close();
    assert.equal(JSON.parse(readFileSync(join(folder, `${live.id}.json`), "utf8")).owner.pid, process.pid);
  } finally {
    other.kill();
  }
});
