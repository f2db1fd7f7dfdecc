// Which facts two sources tell differently: grouped by type, direction and other end; provenance never counts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { JsonValue, NodeRelationship } from "../../../src/shared/index.ts";
import { disagreements } from "../../../src/client/core/detail/index.ts";

let next = 0;
function rel(
  type: string,
  other: string,
  properties: Record<string, JsonValue>,
  direction: "in" | "out" = "out",
): NodeRelationship {
  next += 1;
  const id = `r${next}`;
  return {
    direction,
    relationship: {
      id,
      type,
      start: direction === "out" ? "me" : other,
      end: direction === "out" ? other : "me",
      properties,
    },
    other: { id: other, labels: ["Company"], properties: { name: other } },
  };
}

describe("disagreements", () => {
  it("finds the amount and the date two sources give differently, with both accounts and their quotes", () => {
    const a = rel("INVESTED_IN", "nw", { amount: 120, when: "2023-05", source: "a", quote: "q-a" });
    const b = rel("INVESTED_IN", "nw", { amount: 150, when: "2023-06", source: "b", quote: "q-b", currency: "USD" });
    const found = disagreements([b, a]);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.conflicts, ["amount", "when"]);
    // A detail only one source gives is shown, but it is not a conflict.
    assert.deepEqual(found[0]!.fields, ["amount", "currency", "when"]);
    assert.deepEqual(
      found[0]!.accounts.map((r) => r.relationship.properties.source),
      ["a", "b"],
    );
  });

  it("is silent when sources agree, differ only in wording and provenance, or one only adds detail", () => {
    const same = [
      rel("LEADS", "nw", { role: "chair", source: "a", quote: "x", quote_en: "x" }),
      rel("LEADS", "nw", { role: "chair", source: "b", quote: "y", note: "ours" }),
      rel("SUPPLIES", "k", { source: "a", quote: "s" }),
      rel("SUPPLIES", "k", { source: "b", quote: "t", volume: 3 }),
    ];
    assert.deepEqual(disagreements(same), []);
  });

  it("never compares one source with itself, nor facts about different ends or directions", () => {
    const list = [
      rel("LEADS", "nw", { role: "chair", source: "a", quote: "x" }),
      rel("LEADS", "nw", { role: "ceo", source: "a", quote: "y" }),
      rel("LEADS", "other", { role: "ceo", source: "b", quote: "z" }),
      rel("LEADS", "nw", { role: "ceo", source: "b", quote: "w" }, "in"),
      rel("LEADS", "nw", { role: "ceo", quote: "no source" }),
    ];
    assert.deepEqual(disagreements(list), []);
  });

  it("finds a role told differently, with lists compared by value", () => {
    const found = disagreements([
      rel("LEADS", "nw", { role: "chief executive", tags: ["x", "y"], source: "a", quote: "p" }),
      rel("LEADS", "nw", { role: "chair", tags: ["x", "y"], source: "b", quote: "q" }),
    ]);
    assert.deepEqual(
      found.map((d) => d.conflicts),
      [["role"]],
    );
  });
});
