// The rule that tells stated facts, reported claims or plans, and our inferences apart.
import assert from "node:assert/strict";
import { test } from "node:test";
import { FACT_KINDS, factKind, factKindWording } from "../../src/shared/index.ts";

test("a note makes an inference, a claim property a claim or plan, anything else is stated", () => {
  assert.equal(factKind({ quote: "x", note: "Inference: ours." }), "inference");
  assert.equal(factKind({ quote: "x", claim: "Reported plan" }), "claim");
  assert.equal(factKind({ quote: "x" }), "stated");
  assert.equal(factKind({}), "stated");
});

test("a note wins over a claim: the reading of it is ours", () => {
  assert.equal(factKind({ note: "ours", claim: "plan" }), "inference");
});

test("blank or non-text note and claim do not count", () => {
  assert.equal(factKind({ note: "  ", claim: "" }), "stated");
  assert.equal(factKind({ note: null, claim: 3 }), "stated");
});

test("each kind has its own mark and wording, and the wording carries the relationship's own detail", () => {
  const marks = new Set(Object.values(FACT_KINDS).map((k) => k.mark));
  const wordings = new Set(Object.values(FACT_KINDS).map((k) => k.wording));
  assert.equal(marks.size, 3);
  assert.equal(wordings.size, 3);
  assert.equal(factKindWording({ note: "Not said outright." }), `${FACT_KINDS.inference.wording} Not said outright.`);
  assert.equal(factKindWording({ claim: "Plan (予定だ)." }), `${FACT_KINDS.claim.wording} Plan (予定だ).`);
  assert.equal(factKindWording({ quote: "x" }), FACT_KINDS.stated.wording);
});
