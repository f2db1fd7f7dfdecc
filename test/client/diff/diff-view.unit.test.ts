// What the page draws for a diff: its own node keys (never a live node's), each change's kind, and the steps.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { diffView } from "../../../src/client/diff/diff-view.ts";
import { parseDiffText } from "../../../src/client/diff/diff-file.ts";

const text = readFileSync(new URL("../../fixtures/graphs/diff-v1-v2.json", import.meta.url), "utf8");

test("changed nodes and the unchanged ends of changed facts, under diff: keys and without the id slug", () => {
  const view = diffView(parseDiffText(text, "d.json"));
  assert.deepEqual([...view.nodes].sort(), [
    ["diff:alibaba", "changed"],
    ["diff:moonshot", "unchanged"],
    ["diff:tongyi-qwen", "rekeyed"],
    ["diff:zhipu", "unchanged"],
  ]);
  assert.ok(view.payload.nodes.every((n) => !("id" in n.properties)));
  assert.deepEqual([...view.edges.values()].sort(), ["added", "changed", "removed"]);
  assert.deepEqual(view.payload.relationships.map((r) => [r.start, r.type, r.end]).sort(), [
    ["diff:alibaba", "INVESTED_IN", "diff:moonshot"],
    ["diff:alibaba", "INVESTED_IN", "diff:zhipu"],
    ["diff:alibaba", "RIVAL_OF", "diff:zhipu"],
  ]);
});

test("each step names the change, frames its nodes, and lists its properties and quote", () => {
  const { steps } = diffView(parseDiffText(text, "d.json"));
  assert.equal(steps.length, 5);
  const changed = steps.find((s) => s.kind === "changed" && s.edge !== null)!;
  assert.equal(changed.title, "Changed: Alibaba —INVESTED_IN→ Moonshot AI");
  assert.deepEqual(changed.nodes, ["diff:alibaba", "diff:moonshot"]);
  assert.ok(changed.lines.includes("amount: 800 → 1000"), changed.lines.join("\n"));
  const removed = steps.find((s) => s.kind === "removed")!;
  assert.deepEqual(removed.lines, ["“Zhipu competes with Alibaba.” (article)"]);
});

test("a file that is not a diff is refused naming the file and the field", () => {
  assert.throws(() => parseDiffText("{", "x.json"), /x\.json is not JSON/);
  const wrong = JSON.parse(text) as { summary: { nodes: { added: unknown } } };
  wrong.summary.nodes.added = "three";
  assert.throws(
    () => parseDiffText(JSON.stringify(wrong), "y.json"),
    /y\.json is not a diff .*: summary\.nodes\.added:/,
  );
});
