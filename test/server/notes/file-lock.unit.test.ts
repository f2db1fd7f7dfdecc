// The notes lock file: turns are taken one at a time, a lock left by a dead process or a hung one is taken over, and a
// lock held by a live process makes the others wait, then give up with who holds it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileLock, LockTimeoutError } from "../../../src/server/notes/file-lock.ts";

const dir = mkdtempSync(join(tmpdir(), "kg-lock-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const holder = (pid: number, at = Date.now(), host = hostname()) => JSON.stringify({ pid, host, token: "t", at });

describe("file lock", () => {
  it("runs one holder at a time, and leaves no lock behind", async () => {
    const path = join(dir, "turns.lock");
    // Two locks on one path stand for two processes: each has its own token.
    const locks = [fileLock(path), fileLock(path)];
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        locks[i % 2]!.withLock(async () => {
          most = Math.max(most, ++inside);
          await sleep(1);
          inside--;
        }),
      ),
    );
    assert.equal(most, 1);
    assert.equal(existsSync(path), false);
  });

  it("takes over a lock whose process has died, at once", async () => {
    const path = join(dir, "dead.lock");
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(path, holder(Number(gone.stdout.trim())));
    // "At once" without timing the machine: the lock is fresh (staleness would take 60 s) and the wait gives up
    // after 5 s, so only the dead holder's pid can let this through.
    assert.equal(await fileLock(path, { timeoutMs: 5_000, staleMs: 60_000 }).withLock(async () => "mine"), "mine");
  });

  it("takes over a lock left by an earlier life of this same process id", async () => {
    const path = join(dir, "same-pid.lock");
    writeFileSync(path, holder(process.pid));
    assert.equal(await fileLock(path, { timeoutMs: 2_000 }).withLock(async () => "mine"), "mine");
  });

  it("waits for a live holder, gives up naming it, and takes over once it is stale", async () => {
    const path = join(dir, "live.lock");
    // The parent of this test is alive: its lock is respected until it is older than staleMs.
    writeFileSync(path, holder(process.ppid, Date.now()));
    await assert.rejects(
      fileLock(path, { timeoutMs: 200, staleMs: 60_000 }).withLock(async () => "never"),
      (error: unknown) =>
        error instanceof LockTimeoutError && new RegExp(`process ${process.ppid}`).test(error.message),
    );
    assert.ok(existsSync(path), "a live holder's lock is left alone");
    writeFileSync(path, holder(process.ppid, Date.now() - 120_000, "another-host"));
    assert.equal(await fileLock(path, { timeoutMs: 2_000, staleMs: 60_000 }).withLock(async () => "mine"), "mine");
  });
});
