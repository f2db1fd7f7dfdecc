// Presentation steps: start on the title card, step within the story, what each step lights, the default story pick.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  INITIAL_PRESENTATION,
  currentHop,
  firstStep,
  isLastStep,
  lastStep,
  nextStep,
  presentEdge,
  presentNode,
  previousStep,
  startPresentation,
  stepFocus,
  stopPresentation,
  storyFromRelationships,
  type Story,
} from "../../../src/client/core/presentation/index.ts";
import { INITIAL_PATHS } from "../../../src/client/core/paths/index.ts";
import { pickStory, storyFromPathFinder } from "../../../src/client/presentation/story-loader.ts";
import { createApp } from "../../../src/client/core/store/index.ts";
import { node, rel, summary } from "../fixtures.ts";

const hop = (id: string, from: string, to: string, quote: string) => ({
  from,
  to,
  relationship: rel(id, "T", from, to, { quote }),
});
const story: Story = {
  title: "Ma to Apple",
  hops: [hop("r1", "ma", "tsai", "q1"), hop("r2", "tsai", "wu", "q2"), hop("r3", "wu", "apple", "q3")],
  nodes: [],
};

test("starting shows the title card; steps move one hop and stop at both ends", () => {
  let s = startPresentation(INITIAL_PRESENTATION, story);
  assert.deepEqual([s.active, s.step], [true, -1]);
  assert.equal(currentHop(s), null);
  s = nextStep(s);
  assert.equal(currentHop(s)?.relationship.properties.quote, "q1");
  s = nextStep(nextStep(s));
  assert.equal(currentHop(s)?.relationship.properties.quote, "q3");
  assert.ok(isLastStep(s));
  assert.equal(nextStep(s), s, "past the end: the same state");
  s = previousStep(s);
  assert.equal(s.step, 1);
  const first = firstStep(s);
  assert.equal(first.step, -1);
  assert.equal(previousStep(first), first, "before the title card: the same state");
  assert.equal(lastStep(s).step, 2);
});

test("stepping does nothing when not presenting; stopping keeps the story for P to resume", () => {
  assert.equal(nextStep(INITIAL_PRESENTATION), INITIAL_PRESENTATION);
  const stopped = stopPresentation(nextStep(startPresentation(INITIAL_PRESENTATION, story)));
  assert.equal(stopped.active, false);
  assert.equal(stopped.story, story);
  assert.equal(nextStep(stopped), stopped);
  assert.equal(stopPresentation(stopped), stopped);
});

test("each step lights its hop, keeps earlier hops as visited, and knows every story node", () => {
  const s = nextStep(nextStep(startPresentation(INITIAL_PRESENTATION, story)));
  const focus = stepFocus(s);
  assert.equal(focus.currentEdge, "r2");
  assert.deepEqual([...focus.currentNodes], ["tsai", "wu"]);
  assert.deepEqual([...focus.visitedEdges], ["r1"]);
  assert.deepEqual([...focus.visitedNodes].sort(), ["ma", "tsai"]);
  assert.deepEqual([...focus.storyNodes].sort(), ["apple", "ma", "tsai", "wu"]);
  const title = stepFocus(startPresentation(INITIAL_PRESENTATION, story));
  assert.equal(title.currentEdge, null);
  assert.deepEqual([...title.visitedNodes], ["ma"], "the title card shows where the story starts");
});

test("reducers: current hop bright and labelled, visited kept, story ahead unlabelled, the rest faded", () => {
  const colors = { current: "#ff0", visited: "#0af", faded: "#333", fadedEdge: "#111" };
  const focus = stepFocus(nextStep(nextStep(startPresentation(INITIAL_PRESENTATION, story))));
  const n = (key: string) => presentNode(key, { color: "#d00", size: 10, label: key }, focus, colors);
  assert.deepEqual([n("wu").forceLabel, n("wu").highlighted, n("wu").size], [true, true, 16]);
  assert.equal(n("ma").forceLabel, true);
  assert.equal(n("ma").color, "#d00");
  assert.deepEqual([n("apple").label, n("apple").color], ["", "#d00"]);
  assert.deepEqual([n("other").label, n("other").color], ["", "#333"]);
  const e = (key: string) => presentEdge(key, { color: "#999", size: 2, label: "T" }, focus, colors);
  assert.deepEqual([e("r2").color, e("r2").size, e("r2").forceLabel], ["#ff0", 6, true]);
  assert.deepEqual([e("r1").color, e("r1").label], ["#0af", ""]);
  assert.deepEqual([e("r3").color, e("r9").color], ["#111", "#111"]);
});

test("a result becomes a story in the order its relationships arrived", () => {
  const s = storyFromRelationships("Result", [rel("a", "X", "1", "2"), rel("b", "Y", "2", "3")], [node("1", ["P"])]);
  assert.deepEqual(
    s.hops.map((h) => [h.from, h.relationship.type, h.to]),
    [
      ["1", "X", "2"],
      ["2", "Y", "3"],
    ],
  );
  assert.equal(s.nodes.length, 1);
});

test("the default story is the path whose slugs are exactly Ma, Tsai, Wu, Qwen, Apple", () => {
  const slugs = ["jack-ma", "joe-tsai", "eddie-wu", "qwen", "apple"];
  const nodes = ["jack-ma", "joe-tsai", "eddie-wu", "qwen", "apple", "alibaba"].map((slug, i) =>
    node(`n${i}`, ["Entity"], { id: slug }),
  );
  const path = (ids: string[]) => ({
    length: ids.length - 1,
    nodes: ids,
    hops: ids.slice(1).map((to, i) => ({ from: ids[i]!, to, relationship: rel(`r${i}${to}`, "T", ids[i]!, to) })),
  });
  const response = {
    nodes,
    relationships: [],
    summary,
    from: nodes[0]!,
    to: nodes[4]!,
    direction: "out" as const,
    paths: [path(["n0", "n5", "n3", "n4"]), path(["n0", "n1", "n2", "n3", "n4"]), path(["n0", "n1", "n5", "n3", "n4"])],
  };
  const picked = pickStory(response, slugs, "t");
  assert.deepEqual(
    picked?.hops.map((h) => h.to),
    ["n1", "n2", "n3", "n4"],
  );
  assert.equal(picked?.nodes.length, 5);
  assert.equal(pickStory({ ...response, paths: [response.paths[0]!] }, slugs, "t"), null);
  // A graph without slugs names its story by element ids, or mixes both.
  assert.deepEqual(
    pickStory(response, ["n0", "joe-tsai", "n2", "qwen", "n4"], "t")?.hops.map((h) => h.from),
    ["n0", "n1", "n2", "n3"],
  );
  // Without a story, Present tells the route the path finder shows (route 2 here), titled by its ends' names.
  const named = response.nodes.map((n) => ({ ...n, properties: { ...n.properties, name: `Name ${n.id}` } }));
  const shown = storyFromPathFinder(
    { ...INITIAL_PATHS, result: { status: "ready", response: { ...response, nodes: named }, route: 2 } },
    null,
    "en",
  );
  assert.equal(shown?.title, "Name n0 → Name n4");
  assert.deepEqual(
    shown?.hops.map((h) => h.to),
    ["n1", "n5", "n3", "n4"],
  );
  assert.equal(storyFromPathFinder(INITIAL_PATHS, null, "en"), null, "no route on show, no story");
});

test("actions.presentation.start is the public entry point other features call", () => {
  const { store, actions } = createApp();
  actions.presentation.start(story);
  actions.presentation.next();
  assert.equal(currentHop(store.get().presentation)?.relationship.id, "r1");
  actions.presentation.stop();
  assert.equal(store.get().presentation.active, false);
});
