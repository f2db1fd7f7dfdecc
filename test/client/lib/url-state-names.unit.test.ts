// Links written by hand may name nodes instead of giving slugs: path=Jack Ma,馬雲 and sel=ジャック・マー decode as typed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeUrlState } from "../../../src/client/lib/url-state/index.ts";

test("names with spaces and middle dots are node references; markup still is not", () => {
  const { state, problems } = decodeUrlState(
    `?${new URLSearchParams({ path: "Jack Ma,アップル", sel: "ジャック・マー", nodes: "Ursula K. Le Guin,jack-ma" })}`,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(state.path, ["Jack Ma", "アップル"]);
  assert.equal(state.sel, "ジャック・マー");
  assert.deepEqual(state.nodes, ["Ursula K. Le Guin", "jack-ma"]);
  assert.equal(decodeUrlState("?sel=<b>").problems.length, 1);
});
