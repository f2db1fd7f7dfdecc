import { test } from "node:test";
import assert from "node:assert/strict";
import { createApp } from "../../../src/client/core/store/index.ts";
import {
  commit,
  goTo,
  INITIAL_HISTORY,
  neighbourEntry,
  presentEntry,
  startHistory,
  type Snapshot,
} from "../../../src/client/core/history/index.ts";
import { INITIAL_PATHS } from "../../../src/client/core/paths/index.ts";
import { INITIAL_SCENE, setNodes } from "../../../src/client/core/scene/index.ts";

const snap = (nodes: string[], selected: string | null = null): Snapshot => ({
  scene: setNodes(INITIAL_SCENE, nodes),
  paths: INITIAL_PATHS,
  selected,
});

test("commit keeps the present's final look, drops the forward entries and pushes the step", () => {
  const a = snap(["a"]);
  let h = startHistory(INITIAL_HISTORY, "Open", a);
  assert.equal(h.index, 0);
  assert.equal(h.last, "start");
  const aSelected = { ...a, selected: "a" };
  h = commit(h, aSelected, "Expand a", snap(["a", "b"]));
  assert.equal(h.index, 1);
  assert.equal(h.last, "push");
  assert.deepEqual(h.entries[0]!.snapshot, aSelected, "the selection made before the step is kept with the entry");
  h = commit(h, snap(["a", "b"]), "Hide b", snap(["a"]));
  const back = goTo(h, h.entries[0]!.id, snap(["a"]))!;
  h = commit(back.history, back.snapshot, "Expand a again", snap(["a", "c"]));
  assert.deepEqual(
    h.entries.map((e) => e.label),
    ["Open", "Expand a again"],
    "a new step after going back forgets the old future",
  );
});

test("goTo saves the current look into the entry being left and returns the target's", () => {
  let h = startHistory(INITIAL_HISTORY, "Open", snap(["a"]));
  h = commit(h, snap(["a"]), "Expand", snap(["a", "b"]));
  const moved = goTo(h, h.entries[0]!.id, snap(["a", "b"], "b"))!;
  assert.deepEqual(moved.snapshot, snap(["a"]));
  assert.equal(moved.history.index, 0);
  assert.equal(moved.history.last, "go");
  assert.deepEqual(moved.history.entries[1]!.snapshot, snap(["a", "b"], "b"));
  assert.equal(neighbourEntry(moved.history, 1)?.label, "Expand");
  assert.equal(neighbourEntry(moved.history, -1), null);
  assert.equal(goTo(h, 999, snap([])), null, "an entry from before a reload is unknown");
});

test("the stack is bounded; ids keep growing", () => {
  let h = startHistory(INITIAL_HISTORY, "Open", snap([]));
  for (let i = 0; i < 10; i++) h = commit(h, presentEntry(h)!.snapshot, `step ${i}`, snap([String(i)]), 4);
  assert.equal(h.entries.length, 4);
  assert.equal(h.index, 3);
  assert.equal(presentEntry(h)?.label, "step 9");
  assert.equal(h.nextId, 12);
});

test("record makes one step of several actions, nothing for a no-op; restore brings a step back in one update", () => {
  const { store, actions } = createApp();
  actions.scene.set(["a"]);
  actions.history.start("Open");
  actions.history.record("Expand a", () => {
    actions.scene.show(["b"]);
    actions.selection.select("b");
  });
  actions.history.record("Nothing", () => actions.scene.show(["a"]));
  const { history } = store.get();
  assert.deepEqual(
    history.entries.map((e) => e.label),
    ["Open", "Expand a"],
  );
  let updates = 0;
  store.subscribe(() => updates++);
  assert.equal(actions.history.restore(history.entries[0]!.id), true);
  assert.equal(updates, 1);
  assert.deepEqual(store.get().scene.nodes, ["a"]);
  assert.equal(store.get().selection.selected, null);
  actions.preferences.setLanguage("ja");
  assert.equal(actions.history.restore(history.entries[1]!.id), true);
  assert.deepEqual(store.get().scene.nodes, ["a", "b"]);
  assert.equal(store.get().selection.selected, "b");
  assert.equal(store.get().preferences.language, "ja", "going back and forth never changes the language");
  assert.equal(actions.history.restore(12345), false);
});
