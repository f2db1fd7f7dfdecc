// The timeline of a data graph: which facts are dated, the undated count, the axis, marks and slider positions.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { GraphPayload } from "../../../src/shared/index.ts";
import {
  axisPercent,
  layoutMarks,
  sliderIndex,
  sliderMonths,
  timelineOf,
} from "../../../src/client/lib/timeline/index.ts";
import { buildGraph, node, rel, summary } from "../fixtures.ts";

function payload(): GraphPayload {
  return {
    nodes: [
      node("n:1", ["Person"], { name: "Ma" }),
      node("n:2", ["Company"], { name: "Alibaba" }),
      node("n:3", ["Event"], { name: "Split plan", when: "2023" }),
    ],
    relationships: [
      rel("r:1", "STEPPED_DOWN_FROM", "n:1", "n:2", { when: "2019", when_text: "2019年", quote: "2019年に退いた" }),
      rel("r:2", "ADOPTED", "n:2", "n:1", { when: "~2024-01/2024-03", when_text: "2024年初め" }),
      rel("r:3", "PLANS", "n:2", "n:3", { when: "../2025" }),
      rel("r:4", "FOUNDED", "n:1", "n:2", { quote: "創業者" }),
      rel("r:5", "BROKEN", "n:1", "n:2", { when: "2024-13" }),
    ],
    summary,
  };
}

test("dated relationships and events, oldest first; undated and invalid ones counted apart", () => {
  const timeline = timelineOf(buildGraph(payload()).graph);
  assert.deepEqual(
    timeline.facts.map((f) => f.key),
    ["r:1", "n:3", "r:2", "r:3"],
  );
  assert.equal(timeline.undated, 2, "FOUNDED has no when; BROKEN has an invalid one");
  assert.deepEqual(timeline.years, { from: 2019, to: 2025 });
  const first = timeline.facts[0]!;
  assert.equal(first.wording, "2019年");
  assert.equal(first.quote, "2019年に退いた");
  assert.equal(timeline.facts[1]!.kind, "event");
});

test("a graph without dated facts has no axis and no marks", () => {
  const { graph } = buildGraph({
    ...payload(),
    relationships: [rel("r:4", "FOUNDED", "n:1", "n:2")],
    nodes: payload().nodes.slice(0, 2),
  });
  const timeline = timelineOf(graph);
  assert.deepEqual(timeline, { facts: [], undated: 1, years: null });
  assert.deepEqual(layoutMarks(timeline), []);
});

test("marks sit where their dates fall, an open start reaches the axis start, and overlapping marks take new lanes", () => {
  const timeline = timelineOf(buildGraph(payload()).graph);
  const marks = layoutMarks(timeline);
  const years = timeline.years!;
  assert.equal(axisPercent(years, "2019-01-01"), 0);
  assert.ok(Math.abs(axisPercent(years, "2022-07-02") - 50) < 0.1);
  const byKey = new Map(marks.map((m) => [m.fact.key, m]));
  assert.equal(byKey.get("r:3")!.left, 0, "until 2025: from the start of the axis");
  assert.ok(Math.abs(byKey.get("r:3")!.width - 100) < 0.01, "to the end of 2025");
  const apple = byKey.get("r:2")!;
  assert.ok(apple.left > axisPercent(years, "2023-12-31") && apple.left < axisPercent(years, "2024-01-02"));
  assert.notEqual(byKey.get("r:3")!.lane, byKey.get("r:1")!.lane, "the long bar does not cover the 2019 dot");
});

test("the slider runs over every month of the axis, then 'every date'", () => {
  const months = sliderMonths({ from: 2019, to: 2020 });
  assert.equal(months.length, 24);
  assert.equal(months[0], "2019-01");
  assert.equal(sliderIndex(months, null), 24);
  assert.equal(sliderIndex(months, "2019"), 11, "a year alone: its December");
  assert.equal(sliderIndex(months, "2020-03-15"), 14);
  assert.equal(sliderIndex(months, "2010"), 0);
  assert.equal(sliderIndex(months, "2030"), 23);
});

test("a point's dot sits where its year begins, where the as-of view starts counting it as true", () => {
  const timeline = timelineOf(buildGraph(payload()).graph);
  const stepDown = layoutMarks(timeline).find((m) => m.fact.key === "r:1")!;
  assert.equal(stepDown.left, axisPercent(timeline.years!, "2019-01-01"));
});
