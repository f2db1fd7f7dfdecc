// Notes against a real server process and the test Neo4j: they survive a restart and a SIGKILL mid-burst (nothing
// acknowledged is lost), concurrent writers keep every note (in one process and across two sharing the file), bad input gets a 4xx naming the field, and no answer
// about the explored graph changes because of a note.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  NodeDetailSchema,
  NoteListSchema,
  NoteSchema,
  NOTE_TEXT_MAX,
  type NewNote,
  type Note,
  type NoteTarget,
} from "../../../src/shared/index.ts";
import { assertClientError } from "../../support/api-client.ts";
import { testDriver } from "../../support/db.ts";
import {
  killServerProcesses,
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from "../../support/server-process.ts";

const scratch = mkdtempSync(join(tmpdir(), "kg-notes-"));
type Server = ServerProcess;
const startServer = (notesFile: string) => startServerProcess({ NOTES_FILE: notesFile });
const stop = stopServerProcess;

const post = (server: Server, path: string, body: unknown) =>
  fetch(new URL(path, server.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function addNote(server: Server, note: NewNote): Promise<Note> {
  const res = await post(server, "/api/notes", note);
  assert.equal(res.status, 201, await res.clone().text());
  return NoteSchema.parse(await res.json());
}

async function notesOn(server: Server, targets: NoteTarget[]): Promise<Note[]> {
  const res = await post(server, "/api/notes/lookup", { targets });
  assert.equal(res.status, 200);
  return NoteListSchema.parse(await res.json()).notes;
}

const JACK: NoteTarget = { kind: "node", id: "jack-ma" };
const ALIBABA: NoteTarget = { kind: "node", id: "alibaba" };
const VIEW: NoteTarget = { kind: "view", id: "v-0a1b2c3d" };
let relationship: NoteTarget;

before(async () => {
  // A real relationship's element id, read from the API of a first server.
  const server = await startServer(join(scratch, "probe.jsonl"));
  const detail = NodeDetailSchema.parse(await (await fetch(new URL("/api/nodes/jack-ma", server.url))).json());
  relationship = { kind: "relationship", id: detail.relationships[0]!.relationship.id };
  await stop(server, "SIGTERM");
});

after(() => {
  killServerProcesses();
  rmSync(scratch, { recursive: true, force: true });
});

describe("notes", () => {
  it("survive a restart of the server, with who wrote them and when", async () => {
    const file = join(scratch, "restart.jsonl");
    const first = await startServer(file);
    const before = Date.now();
    const written = [
      await addNote(first, { target: JACK, text: "Founder; check the 2019 retirement date.", author: "Aiko" }),
      await addNote(first, { target: relationship, text: "The quote is paraphrased here.", author: "Ben" }),
      await addNote(first, { target: VIEW, text: "Start of the lesson.", author: "Teacher" }),
    ];
    assert.ok(written.every((n) => Date.parse(n.createdAt) >= before - 1000 && Date.parse(n.createdAt) <= Date.now()));
    await stop(first, "SIGTERM");

    const second = await startServer(file);
    assert.deepEqual(await notesOn(second, [JACK, relationship, VIEW]), written);
    const one = NoteListSchema.parse(
      await (await fetch(new URL("/api/notes?kind=node&id=jack-ma", second.url))).json(),
    );
    assert.deepEqual(one, { notes: [written[0]], writable: true });
    await stop(second, "SIGTERM");
  });

  it("lose nothing acknowledged when the server is SIGKILLed during a burst of writes", async () => {
    const file = join(scratch, "crash.jsonl");
    const server = await startServer(file);
    const acknowledged: Note[] = [];
    let killed = false;
    // Four writers at once, each writing until the server dies; the kill comes after 40 acknowledgements.
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const res = await post(server, "/api/notes", {
            target: i % 2 ? JACK : ALIBABA,
            text: `burst ${w}-${i} ${"x".repeat(200)}`,
            author: `writer ${w}`,
          });
          if (res.status !== 201) throw new Error(`HTTP ${res.status}`);
          acknowledged.push(NoteSchema.parse(await res.json()));
          if (acknowledged.length >= 40 && !killed) {
            killed = true;
            server.child.kill("SIGKILL");
          }
        } catch {
          return; // the connection died with the server: this write was never acknowledged
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await server.exited;
    assert.ok(acknowledged.length >= 40);

    const again = await startServer(file);
    const kept = await notesOn(again, [JACK, ALIBABA]);
    const keptIds = new Set(kept.map((n) => n.id));
    const lost = acknowledged.filter((n) => !keptIds.has(n.id));
    assert.deepEqual(lost, [], `${lost.length} acknowledged notes lost of ${acknowledged.length}`);
    for (const note of acknowledged)
      assert.deepEqual(
        kept.find((n) => n.id === note.id),
        note,
      );
    // A note added after the crash starts on a line of its own, even if the kill tore the last line.
    const after = await addNote(again, { target: JACK, text: "after the crash", author: "Aiko" });
    await stop(again, "SIGTERM");
    const third = await startServer(file);
    assert.deepEqual((await notesOn(third, [JACK])).at(-1), after);
    await stop(third, "SIGTERM");
  });

  it("keep every note of two concurrent writers", async () => {
    const file = join(scratch, "concurrent.jsonl");
    const server = await startServer(file);
    const write = (who: string) =>
      Promise.all(
        Array.from({ length: 30 }, (_, i) => addNote(server, { target: ALIBABA, text: `${who} ${i}`, author: who })),
      );
    const [a, b] = await Promise.all([write("Aiko"), write("Ben")]);
    const kept = await notesOn(server, [ALIBABA]);
    assert.equal(kept.length, 60);
    assert.deepEqual(new Set(kept.map((n) => n.id)), new Set([...a, ...b].map((n) => n.id)));
    // On disk too: 60 whole lines, each one note.
    const lines = readFileSync(file, "utf8").trim().split("\n");
    assert.equal(lines.length, 60);
    assert.deepEqual(new Set(lines.map((l) => NoteSchema.parse(JSON.parse(l)).id)), new Set(kept.map((n) => n.id)));
    await stop(server, "SIGTERM");
  });

  it("keep every note of two server processes writing the same file at once, each seeing the other's", async () => {
    const file = join(scratch, "two-processes.jsonl");
    const [a, b] = await Promise.all([startServer(file), startServer(file)]);
    // Four writers on each process, 25 notes each: 200 appends racing for the one file.
    const burst = (server: Server, name: string) =>
      Promise.all(
        [0, 1, 2, 3].map(async (w) => {
          const mine: Note[] = [];
          for (let i = 0; i < 25; i++)
            mine.push(await addNote(server, { target: ALIBABA, text: `${name} ${w}-${i}`, author: name }));
          return mine;
        }),
      );
    const written = (await Promise.all([burst(a, "Aiko"), burst(b, "Ben")])).flat(2);
    assert.equal(written.length, 200);
    const ids = written.map((n) => n.id).sort();
    for (const server of [a, b]) {
      const seen = await notesOn(server, [ALIBABA]);
      assert.deepEqual(
        seen.map((n) => n.id).sort(),
        ids,
        "each process lists every note once, its own and the other's",
      );
    }
    const lines = readFileSync(file, "utf8").split("\n");
    assert.equal(lines.pop(), "", "the file ends with a whole line");
    assert.deepEqual(
      lines.map((l) => NoteSchema.parse(JSON.parse(l)).id).sort(),
      ids,
      "200 whole lines, one note each",
    );
    assert.equal(existsSync(`${file}.lock`), false, "no lock left behind");
    await Promise.all([stop(a, "SIGTERM"), stop(b, "SIGTERM")]);
    const again = await startServer(file);
    assert.deepEqual((await notesOn(again, [ALIBABA])).map((n) => n.id).sort(), ids);
    await stop(again, "SIGTERM");
  });

  it("answer bad input with a 4xx naming the field, and save nothing", async () => {
    const file = join(scratch, "bad.jsonl");
    const server = await startServer(file);
    const good: NewNote = { target: JACK, text: "fine", author: "Aiko" };
    const cases: Array<[string, unknown, RegExp, number]> = [
      ["too long", { ...good, text: "a".repeat(NOTE_TEXT_MAX + 1) }, /text: must be at most 2000/, 400],
      ["empty text", { ...good, text: "   " }, /text: must not be empty/, 400],
      ["empty author", { ...good, author: "" }, /author: must not be empty/, 400],
      ["unknown node", { ...good, target: { kind: "node", id: "no-such-entity" } }, /target\.id: no node/, 404],
      [
        "unknown relationship",
        { ...good, target: { kind: "relationship", id: "4:00000000-0000-0000-0000-000000000000:999999" } },
        /target\.id: no relationship/,
        404,
      ],
      [
        "a view id of the wrong form",
        { ...good, target: { kind: "view", id: "nope" } },
        /target\.id: a view's id/,
        400,
      ],
      ["unknown kind", { ...good, target: { kind: "graph", id: "x" } }, /target\.kind/, 400],
    ];
    for (const [what, body, message, status] of cases) {
      const res = await post(server, "/api/notes", body);
      const text = await res.text();
      const error = assertClientError(
        { status: res.status, headers: res.headers, text, json: JSON.parse(text) },
        what,
        [status],
      );
      assert.match(error.message, message, what);
    }
    assert.deepEqual(await notesOn(server, [JACK, { kind: "node", id: "no-such-entity" }]), []);
    assert.equal(readFileSync(file, "utf8"), "");
    await stop(server, "SIGTERM");
  });

  it("change no answer about the explored graph", async () => {
    const server = await startServer(join(scratch, "read-only.jsonl"));
    const strip = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === "resultAvailableAfterMs" ? 0 : v));
    const answers = async () => {
      const ok = async (res: Response) => {
        assert.equal(res.status, 200, `${res.url}: ${await res.clone().text()}`);
        return strip(await res.json());
      };
      const get = async (path: string) => ok(await fetch(new URL(path, server.url)));
      const run = async (name: string) => ok(await post(server, `/api/queries/${name}/run`, {}));
      return {
        graph: await get("/api/graph"),
        node: await get("/api/nodes/jack-ma"),
        neighbors: await get("/api/nodes/alibaba/neighbors"),
        search: await get("/api/search?q=Jack"),
        paths: await get("/api/paths?from=jack-ma&to=eddie-wu"),
        stats: await get("/api/stats"),
        schema: await get("/api/schema"),
        cypher: await ok(await post(server, "/api/cypher", { query: "MATCH (n) RETURN count(n) AS n" })),
        query: await run("leadership-changes"),
      };
    };
    const driver = testDriver();
    const counts = async () =>
      (
        await driver.executeQuery(
          "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels, " +
            "COLLECT { CALL db.labels() YIELD label RETURN label } AS labels",
        )
      ).records[0]!.toObject();
    try {
      const before = await answers();
      const countsBefore = await counts();
      await addNote(server, { target: JACK, text: "a note", author: "Aiko" });
      await addNote(server, { target: relationship, text: "another", author: "Ben" });
      await addNote(server, { target: VIEW, text: "on a view", author: "Ben" });
      assert.deepEqual(await answers(), before);
      assert.deepEqual(await counts(), countsBefore);
    } finally {
      await driver.close();
      await stop(server, "SIGTERM");
    }
  });
});
