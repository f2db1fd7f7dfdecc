import { test } from "node:test";
import assert from "node:assert/strict";
import { createApp, initialState } from "../../../src/client/core/store/index.ts";
import { loadFailed, loadStarted, loadSucceeded, readyGraph } from "../../../src/client/core/data/index.ts";
import {
  clearSelection,
  focusNode,
  hoverNode,
  INITIAL_SELECTION,
  selectNode,
} from "../../../src/client/core/selection/index.ts";
import {
  EDGE_LABEL_ZOOM_RATIO,
  INITIAL_PREFERENCES,
  setCameraRatio,
  setLanguage,
} from "../../../src/client/core/preferences/index.ts";
import { buildGraph, samplePayload, summary } from "../fixtures.ts";

const failure = { title: "The graph database is unreachable", message: "Neo4j is down", httpStatus: 503 };

test("selection transitions return the same object when nothing changes", () => {
  const selected = selectNode(INITIAL_SELECTION, "a");
  assert.equal(selected.selected, "a");
  assert.equal(selectNode(selected, "a"), selected);
  assert.equal(clearSelection(INITIAL_SELECTION), INITIAL_SELECTION);
  assert.equal(clearSelection(selected).selected, null);
  assert.equal(hoverNode(selected, null), selected);
});

test("hover takes focus over selection and gives it back", () => {
  const state = hoverNode(selectNode(INITIAL_SELECTION, "a"), "b");
  assert.equal(focusNode(state), "b");
  assert.equal(focusNode(hoverNode(state, null)), "a");
  assert.equal(focusNode(INITIAL_SELECTION), null);
});

test("view: language and the zoom threshold for edge labels", () => {
  assert.equal(setLanguage(INITIAL_PREFERENCES, "en"), INITIAL_PREFERENCES);
  assert.equal(setLanguage(INITIAL_PREFERENCES, "ja").language, "ja");
  const zoomed = setCameraRatio(INITIAL_PREFERENCES, EDGE_LABEL_ZOOM_RATIO / 2);
  assert.equal(zoomed.zoomedIn, true);
  assert.equal(setCameraRatio(zoomed, EDGE_LABEL_ZOOM_RATIO / 3), zoomed, "no change while staying zoomed in");
  assert.equal(setCameraRatio(zoomed, 1).zoomedIn, false);
});

test("data: loading, ready, empty and error", () => {
  const loading = loadStarted({ status: "empty" });
  assert.deepEqual(loading, { status: "loading" });
  assert.equal(loadStarted(loading), loading);
  const ready = loadSucceeded(loading, buildGraph(samplePayload()));
  assert.equal(ready.status, "ready");
  assert.ok(ready.status === "ready" && ready.skippedRelationships === 1 && !ready.capped);
  assert.equal(readyGraph(ready)?.order, 4);
  assert.deepEqual(loadSucceeded(loading, buildGraph({ nodes: [], relationships: [], summary })), { status: "empty" });
  assert.deepEqual(loadFailed(loading, failure), { status: "error", failure });
  assert.equal(readyGraph(loadFailed(loading, failure)), null);
});

test("the actions object drives the store through the pure transitions", () => {
  const { store, actions } = createApp();
  assert.deepEqual(store.get(), initialState());
  const seen: Array<string | null> = [];
  store.watch(
    (s) => s.selection.selected,
    (value) => seen.push(value),
  );
  actions.selection.select("e:1");
  actions.selection.select("e:1");
  actions.selection.hover("e:2");
  actions.selection.clear();
  assert.deepEqual(seen, ["e:1", null]);
  assert.equal(store.get().selection.hovered, "e:2");
  actions.preferences.setLanguage("zh");
  assert.equal(store.get().preferences.language, "zh");
  actions.data.failed(failure);
  assert.equal(store.get().data.status, "error");
  actions.data.started();
  actions.data.succeeded(buildGraph(samplePayload()));
  assert.equal(store.get().data.status, "ready");
});

test("no action ever writes view state into the data graph", () => {
  const { store, actions } = createApp();
  const { graph } = buildGraph(samplePayload());
  actions.data.succeeded({ graph, skippedRelationships: [], capped: false });
  const before = JSON.stringify(graph.export());
  actions.selection.select("e:1");
  actions.selection.hover("e:2");
  actions.preferences.setLanguage("ja");
  actions.preferences.cameraMoved(0.1);
  assert.equal(JSON.stringify(graph.export()), before);
  assert.equal(readyGraph(store.get().data), graph);
});
