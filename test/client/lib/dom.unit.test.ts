import { test } from "node:test";
import assert from "node:assert/strict";
import { safeHref } from "../../../src/client/lib/dom.ts";

test("only http(s) URLs become links", () => {
  assert.equal(safeHref("https://mp.weixin.qq.com/s/abc"), "https://mp.weixin.qq.com/s/abc");
  assert.equal(safeHref("http://example.org"), "http://example.org/");
  assert.equal(safeHref("javascript:alert(1)"), null);
  assert.equal(safeHref("data:text/html,hi"), null);
  assert.equal(safeHref("not a url"), null);
  assert.equal(safeHref(42), null);
});
