// A view's id for its notes: the same view gives the same id whatever the order, another view another id.
import assert from "node:assert/strict";
import { test } from "node:test";
import { viewIdOf } from "../../../src/client/lib/url-state/index.ts";
import { VIEW_ID } from "../../../src/shared/index.ts";

const view = {
  nodes: ["jack-ma", "alibaba", "eddie-wu"],
  path: null,
  hiddenCategories: ["Event", "Place"],
  asOf: null,
};

test("a view's id has the form the server accepts, and does not depend on order", () => {
  const id = viewIdOf(view);
  assert.match(id, VIEW_ID);
  assert.equal(
    viewIdOf({ ...view, nodes: ["eddie-wu", "jack-ma", "alibaba"], hiddenCategories: ["Place", "Event"] }),
    id,
  );
});

test("another view has another id: a node, a path, a filter or a date more", () => {
  const ids = new Set([
    viewIdOf(view),
    viewIdOf({ ...view, nodes: [...view.nodes, "apple"] }),
    viewIdOf({ ...view, path: { from: "jack-ma", to: "alibaba", route: 0 } }),
    viewIdOf({ ...view, path: { from: "jack-ma", to: "alibaba", route: 1 } }),
    viewIdOf({ ...view, hiddenCategories: ["Event"] }),
    viewIdOf({ ...view, asOf: "2024-03" }),
  ]);
  assert.equal(ids.size, 6);
});
