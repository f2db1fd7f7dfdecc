// Named BENCHMARKS.md sections: each benchmark replaces its own and leaves the others alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { markSection, spliceNamedSection } from "../../src/bench/markdown-section.ts";

test("a named section is appended once, then replaced in place; other sections stay", () => {
  const doc = `# Benchmarks\n\n${markSection("scale", "## Scale\n\nold")}\n\n## Hand-written\n\nkept\n`;
  const first = spliceNamedSection(doc, "offline", markSection("offline", "## Offline\n\nv1"));
  assert.ok(first.endsWith("<!-- bench:offline:end -->\n"));
  const second = spliceNamedSection(first, "offline", markSection("offline", "## Offline\n\nv2"));
  assert.ok(second.includes("v2") && !second.includes("v1"));
  assert.equal(second.split("bench:offline:start").length, 2, "one section, not two");
  assert.ok(second.includes("## Scale\n\nold") && second.includes("kept"));
  const scale = spliceNamedSection(second, "scale", markSection("scale", "## Scale\n\nnew"));
  assert.ok(scale.includes("new") && !scale.includes("old") && scale.includes("v2"));
});
