import { test } from "node:test";
import assert from "node:assert/strict";
import {
  detailFailed,
  detailLoaded,
  detailRequested,
  INITIAL_DETAIL,
  localNodeDetail,
  resolveSource,
  sortRelationships,
} from "../../../src/client/core/detail/index.ts";
import { NodeDetailSchema } from "../../../src/shared/index.ts";
import { buildGraph, samplePayload } from "../fixtures.ts";

const { graph } = buildGraph(samplePayload());
const failure = { title: "The server could not answer", message: "boom", httpStatus: 500 };

test("a request starts loading; clearing the selection goes idle", () => {
  const loading = detailRequested(INITIAL_DETAIL, "e:1");
  assert.deepEqual(loading, { status: "loading", nodeId: "e:1" });
  assert.deepEqual(detailRequested(loading, null), { status: "idle" });
  assert.equal(detailRequested(INITIAL_DETAIL, null), INITIAL_DETAIL);
});

test("answers for a node that is no longer being loaded are dropped", () => {
  const detail = localNodeDetail(graph, "e:1")!;
  const loading = detailRequested(INITIAL_DETAIL, "e:2");
  assert.equal(detailLoaded(loading, "e:1", detail), loading);
  assert.equal(detailFailed(loading, "e:1", failure, null), loading);
  const ready = detailLoaded(detailRequested(loading, "e:1"), "e:1", detail);
  assert.deepEqual(ready, { status: "ready", nodeId: "e:1", detail, notice: null });
});

test("a failure falls back to the local detail with a notice, or errors without one", () => {
  const loading = detailRequested(INITIAL_DETAIL, "e:1");
  const fallback = localNodeDetail(graph, "e:1");
  const ready = detailFailed(loading, "e:1", failure, fallback);
  assert.equal(ready.status, "ready");
  assert.ok(ready.status === "ready" && ready.notice?.includes("boom"));
  assert.deepEqual(detailFailed(loading, "e:1", failure, null), { status: "error", nodeId: "e:1", failure });
});

test("the local detail has the API's shape, degree by type and both directions", () => {
  const detail = localNodeDetail(graph, "e:2")!;
  assert.ok(NodeDetailSchema.safeParse(detail).success);
  assert.deepEqual(detail.degree, { FOUNDED: 1, LEADS: 1, DEVELOPS: 1 });
  const directions = detail.relationships.map((r) => `${r.direction}:${r.relationship.type}:${r.other.id}`).sort();
  assert.deepEqual(directions, ["in:FOUNDED:e:1", "in:LEADS:e:1", "out:DEVELOPS:e:3"]);
  assert.deepEqual(
    detail.sources.map((s) => s.id),
    ["e:4"],
  );
  assert.equal(localNodeDetail(graph, "nope"), null);
});

test("sources resolve by slug, url or elementId; unknown ones stay readable", () => {
  const sources = [samplePayload().nodes[3]!];
  const article = { title: "記事", url: "https://example.org/a", language: null };
  assert.deepEqual(resolveSource("alibaba-ai-pivot", sources), article);
  assert.deepEqual(resolveSource("e:4", sources), article);
  assert.deepEqual(resolveSource("https://example.org/a", sources), article);
  assert.deepEqual(resolveSource("other-article", sources), { title: "other-article", url: null, language: null });
  assert.deepEqual(resolveSource("https://x.test/p", []), {
    title: "https://x.test/p",
    url: "https://x.test/p",
    language: null,
  });
  // A source's language (for the quote's lang attribute) comes with it.
  const english = { ...sources[0]!, properties: { ...sources[0]!.properties, language: "en" } };
  assert.equal(resolveSource("alibaba-ai-pivot", [english])?.language, "en");
  assert.equal(resolveSource(undefined, sources), null);
  assert.equal(resolveSource("  ", sources), null);
});

test("relationships sort outgoing first, then by type, then by the other node's name", () => {
  const detail = localNodeDetail(graph, "e:2")!;
  const order = sortRelationships(detail.relationships, "en").map((r) => r.relationship.type);
  assert.deepEqual(order, ["DEVELOPS", "FOUNDED", "LEADS"]);
});
