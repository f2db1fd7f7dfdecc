// The live sessions' sockets on a real Fastify server and real WebSockets (no Neo4j involved): bad messages are
// refused without ending the session, only the teacher's key pushes, a late follower catches up, limits hold,
// and a teacher gone past the grace period ends the session.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import Fastify, { type FastifyInstance } from "fastify";
import { createLiveHub, type LiveHub } from "../../../src/server/live/index.ts";
import { registerLiveSockets } from "../../../src/server/http/live-socket.ts";
import { GoneError } from "../../../src/server/errors.ts";
import { IDENTITY_CAMERA, type LiveView } from "../../../src/shared/index.ts";
import { liveClient as client } from "../../support/live-client.ts";

const view: LiveView = { story: null, step: -1, caption: "Title", camera: IDENTITY_CAMERA, language: "en" };
const apps: FastifyInstance[] = [];
after(async () => {
  for (const app of apps) await app.close();
});

async function serve(hub: LiveHub): Promise<string> {
  const app = Fastify();
  await registerLiveSockets(app, hub);
  await app.listen({ host: "127.0.0.1", port: 0 });
  apps.push(app);
  return `ws://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}

test("bad messages are refused with the reason and the session goes on; a wrong key pushes nothing", async () => {
  const hub = createLiveHub();
  const base = await serve(hub);
  const { id, teacherKey } = hub.create();
  const teacher = await client(`${base}/api/live/${id}/teach`);
  teacher.send({ type: "hello", key: teacherKey });
  await teacher.next("state");
  const student = await client(`${base}/api/live/${id}/follow`);
  assert.deepEqual(await student.next("state"), { type: "state", seq: 0, view: null, followers: 1 });

  teacher.send("{not json");
  assert.match((await teacher.next("refused")).type, /refused/);
  teacher.send({ type: "view", patch: { ...view, step: "two" } });
  const refused = await teacher.next("refused");
  assert.ok(refused.type === "refused" && /patch\.step/.test(refused.message), "names the field");
  teacher.send({ type: "view", patch: { step: 1 } });
  assert.ok(/whole view/.test(((await teacher.next("refused")) as { message: string }).message));

  const intruder = await client(`${base}/api/live/${id}/teach`);
  intruder.send({ type: "hello", key: "guessed" });
  assert.equal((await intruder.next("refused")).type, "refused");
  assert.equal(await intruder.closed, 4401);

  teacher.send({ type: "view", patch: view });
  teacher.send({ type: "view", patch: { step: 0, caption: "Step 1" } });
  const first = await student.next("view");
  const second = await student.next("view");
  assert.deepEqual([first.type === "view" && first.seq, second.type === "view" && second.seq], [1, 2]);
  assert.deepEqual(hub.status(id).view, { ...view, step: 0, caption: "Step 1" });

  // A follower that (re)connects gets the latest view at once.
  const late = await client(`${base}/api/live/${id}/follow`);
  const state = await late.next("state");
  assert.ok(state.type === "state" && state.seq === 2 && state.view?.step === 0);

  teacher.send({ type: "stop" });
  assert.equal((await student.next("ended")).type, "ended");
  assert.equal((await late.next("ended")).type, "ended");
  assert.throws(() => hub.status(id), GoneError);
  const after = await client(`${base}/api/live/${id}/follow`);
  assert.deepEqual(await after.next("ended"), { type: "ended", message: "This live session has ended." });
});

test("a session holds at most its followers; a teacher gone past the grace period ends it", async () => {
  const hub = createLiveHub({ graceMs: 300, sweepMs: 50, maxFollowersPerSession: 2 });
  const base = await serve(hub);
  const { id, teacherKey } = hub.create();
  const teacher = await client(`${base}/api/live/${id}/teach`);
  teacher.send({ type: "hello", key: teacherKey });
  teacher.send({ type: "view", patch: view });
  const students = [await client(`${base}/api/live/${id}/follow`), await client(`${base}/api/live/${id}/follow`)];
  const third = await client(`${base}/api/live/${id}/follow`);
  assert.match(((await third.next("refused")) as { message: string }).message, /full/);
  assert.equal(hub.counts().followers, 2);

  // A reload within the grace period keeps the session.
  teacher.socket.close();
  await teacher.closed;
  await new Promise((r) => setTimeout(r, 100));
  const back = await client(`${base}/api/live/${id}/teach`);
  back.send({ type: "hello", key: teacherKey });
  await back.next("state");
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(hub.status(id).seq, 1, "still live with the teacher back");

  back.socket.close();
  for (const s of students) assert.equal((await s.next("ended", 3_000)).type, "ended");
  assert.throws(() => hub.status(id), GoneError);
});

test("the number of sessions is bounded", async () => {
  const hub = createLiveHub({ maxSessions: 1 });
  hub.create();
  assert.throws(() => hub.create(), /already holds 1 live sessions/);
  await hub.close();
});
