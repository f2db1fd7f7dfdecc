// Live sessions across restarts of a real server process (no mocks): on the same link a follower catches up with the
// last step, the teacher's key still presents, a step saved before a SIGKILL survives it, and a session the teacher
// stopped stays stopped after a restart.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import {
  IDENTITY_CAMERA,
  LiveStartResponseSchema,
  LiveStatusSchema,
  type LiveView,
} from "../../../src/shared/index.ts";
import { liveClient } from "../../support/live-client.ts";
import {
  killServerProcesses,
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from "../../support/server-process.ts";

const scratch = mkdtempSync(join(tmpdir(), "kg-live-"));
const liveDir = join(scratch, "live");
after(() => {
  killServerProcesses();
  rmSync(scratch, { recursive: true, force: true });
});

const title: LiveView = { story: null, step: -1, caption: "Title", camera: IDENTITY_CAMERA, language: "en" };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The explorer on the same port and data folder each time: the link a class holds stays the same. */
const start = (port: number) =>
  startServerProcess({ NOTES_FILE: join(scratch, "notes.jsonl"), LIVE_SESSIONS_DIR: liveDir, PORT: String(port) });

const socketUrl = (server: ServerProcess, id: string, role: "teach" | "follow") =>
  new URL(`/api/live/${id}/${role}`, server.url.replace(/^http/, "ws")).href;

async function teacherOn(server: ServerProcess, id: string, key: string) {
  const teacher = await liveClient(socketUrl(server, id, "teach"));
  teacher.send({ type: "hello", key });
  return teacher;
}

async function statusOf(server: ServerProcess, id: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(new URL(`/api/live/${id}`, server.url));
  return { status: res.status, body: await res.json() };
}

/** Waits until the session's file says what `done` looks for: the save runs just behind the fan-out. */
async function saved(id: string, done: (record: { state: { seq: number; ended: unknown } }) => boolean) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if (done(JSON.parse(readFileSync(join(liveDir, `${id}.json`), "utf8")))) return;
    } catch {
      // Not written yet.
    }
    if (Date.now() > deadline) throw new Error(`the session file of ${id} never reached the expected state`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("live sessions across a restart", () => {
  it("keep the link: followers catch up, the teacher presents on, and a stop still ends it for good", async () => {
    const port = await freePort();
    const first = await start(port);
    const res = await fetch(new URL("/api/live", first.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    assert.equal(res.status, 200, await res.clone().text());
    const { id, teacherKey } = LiveStartResponseSchema.parse(await res.json());
    const teacher = await teacherOn(first, id, teacherKey);
    await teacher.next("state");
    const follower = await liveClient(socketUrl(first, id, "follow"));
    await follower.next("state");
    teacher.send({ type: "view", patch: title });
    teacher.send({ type: "view", patch: { step: 0, caption: "Step 1" } });
    assert.equal((await follower.next("view")).type, "view");
    assert.equal((await follower.next("view")).type, "view");
    await saved(id, (r) => r.state.seq === 2);
    assert.ok(!readFileSync(join(liveDir, `${id}.json`), "utf8").includes(teacherKey), "the key is not written down");

    // An ordinary restart: the pages lose their sockets but are not told the session ended.
    await stopServerProcess(first, "SIGTERM");
    await follower.closed;
    await assert.rejects(follower.next("ended", 100));

    const second = await start(port);
    const back = await liveClient(socketUrl(second, id, "follow"));
    assert.deepEqual(await back.next("state"), {
      type: "state",
      seq: 2,
      view: { ...title, step: 0, caption: "Step 1" },
      followers: 1,
    });
    const status = await statusOf(second, id);
    assert.equal(status.status, 200);
    assert.equal(LiveStatusSchema.parse(status.body).seq, 2);

    // Only the teacher's key presents after the restart, as before it.
    const intruder = await teacherOn(second, id, "guessed");
    assert.equal((await intruder.next("refused")).type, "refused");
    assert.equal(await intruder.closed, 4401);
    const teacherAgain = await teacherOn(second, id, teacherKey);
    assert.ok(((await teacherAgain.next("state")) as { seq: number }).seq === 2);
    teacherAgain.send({ type: "view", patch: { step: 1, caption: "Step 2" } });
    const step = await back.next("view");
    assert.ok(step.type === "view" && step.seq === 3 && step.patch.step === 1);

    // A crash once the step is saved: the step is still there for the next run.
    await saved(id, (r) => r.state.seq === 3);
    await stopServerProcess(second, "SIGKILL");
    const third = await start(port);
    const late = await liveClient(socketUrl(third, id, "follow"));
    const caught = await late.next("state");
    assert.ok(caught.type === "state" && caught.seq === 3 && caught.view?.caption === "Step 2");

    // The teacher stops: the link stops working, and stays stopped after a restart (a crash, even).
    const teacherThird = await teacherOn(third, id, teacherKey);
    await teacherThird.next("state");
    teacherThird.send({ type: "stop" });
    assert.equal((await late.next("ended")).type, "ended");
    assert.equal((await statusOf(third, id)).status, 410);
    await saved(id, (r) => r.state.ended !== null);
    await stopServerProcess(third, "SIGKILL");

    const fourth = await start(port);
    const after = await statusOf(fourth, id);
    assert.equal(after.status, 410);
    assert.match((after.body as { message: string }).message, /ended/);
    const refused = await liveClient(socketUrl(fourth, id, "follow"));
    assert.deepEqual(await refused.next("ended"), { type: "ended", message: "This live session has ended." });
    const stale = await teacherOn(fourth, id, teacherKey);
    assert.equal((await stale.next("ended")).type, "ended");
    await stopServerProcess(fourth, "SIGTERM");
  });
});
