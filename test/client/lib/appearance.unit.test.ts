import { test } from "node:test";
import assert from "node:assert/strict";
import { colorForCategory, legendEntries, nodeSize, viewSummary } from "../../../src/client/lib/appearance/index.ts";
import { CATEGORY_COLORS, primaryLabel } from "../../../src/shared/index.ts";

test("the primary label skips Entity and prefers known kinds", () => {
  assert.equal(primaryLabel(["Entity", "Person"]), "Person");
  assert.equal(primaryLabel(["Person", "Entity"]), "Person");
  assert.equal(primaryLabel(["Entity", "Zeta", "Company"]), "Company");
  assert.equal(primaryLabel(["Entity", "Zeta", "Alpha"]), "Alpha");
  assert.equal(primaryLabel(["Entity"]), "Entity");
  assert.equal(primaryLabel([]), "Entity");
});

test("every article label has its own distinct colour", () => {
  const labels = ["Person", "Company", "Model", "Product", "Investment", "Event", "Organization", "Place", "Source"];
  const colors = labels.map(colorForCategory);
  assert.equal(new Set(colors).size, labels.length);
  assert.equal(colorForCategory("Person"), CATEGORY_COLORS.Person);
});

test("unknown labels get a stable colour", () => {
  assert.equal(colorForCategory("Vehicle"), colorForCategory("Vehicle"));
  assert.match(colorForCategory("Vehicle"), /^#[0-9a-f]{6}$/i);
});

test("node size grows with degree, sub-linearly, within bounds", () => {
  assert.ok(nodeSize(0) > 0);
  assert.ok(nodeSize(4) > nodeSize(1));
  assert.ok(nodeSize(16) - nodeSize(9) < nodeSize(9) - nodeSize(4) + 1);
  assert.equal(nodeSize(10_000), 20);
  assert.equal(nodeSize(-3), nodeSize(0));
});

test("legend entries count categories, most frequent first, ties alphabetical", () => {
  const entries = legendEntries(["Person", "Company", "Company", "Model", "Event"]);
  assert.deepEqual(
    entries.map((e) => [e.category, e.count]),
    [
      ["Company", 2],
      ["Event", 1],
      ["Model", 1],
      ["Person", 1],
    ],
  );
  assert.equal(entries[0]?.color, colorForCategory("Company"));
  assert.deepEqual(legendEntries([]), []);
});

test("the view summary says what the legend hides and when only the focus's relationships are drawn", () => {
  const base = { nodes: 49, relationships: 86, hiddenByLegend: 0, capped: false, edgeDrawLimit: 50_000 };
  assert.equal(viewSummary(base), "49 nodes · 86 relationships");
  assert.equal(
    viewSummary({ ...base, hiddenByLegend: 7, capped: true }),
    "49 nodes · 86 relationships · 7 hidden by the legend (cut short by the server's result cap)",
  );
  assert.match(
    viewSummary({ ...base, nodes: 100_000, relationships: 500_000 }),
    /^100,000 nodes · 500,000 relationships · over 50,000 relationships: only those of the hovered or selected node are drawn$/,
  );
  assert.doesNotMatch(viewSummary({ ...base, relationships: 50_000 }), /only those/);
});
