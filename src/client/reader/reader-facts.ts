// The list of facts the reader has lit: who does what to whom, the quote, and whether it is stated, a claim or our inference.
import type { SourceFact } from "../../shared/index.ts";
import { h } from "../lib/dom.ts";
import { claimLine, factKindMark } from "../lib/fact-kind-mark.ts";

export function renderFacts(facts: readonly SourceFact[], picked: number, onFact: (id: string) => void): HTMLElement {
  const box = h("section", { class: "reader-facts", "data-testid": "reader-facts", "aria-live": "polite" });
  if (picked === 0 && facts.length === 0) {
    box.append(h("p", { class: "muted" }, "Click a marked sentence to light up the facts resting on it."));
    return box;
  }
  if (facts.length === 0) {
    box.append(h("p", { class: "reader-none" }, "No fact rests on this sentence yet: it is left to model."));
    return box;
  }
  const list = h("ul", { class: "reader-fact-list" });
  for (const f of facts) {
    const button = h(
      "button",
      { type: "button", class: "reader-fact", "data-fact": f.id, "data-testid": "reader-fact" },
      h("span", { class: "reader-fact-end" }, f.fromName),
      h("code", { class: "rel-type-name" }, ` ${f.type} `),
      h("span", { class: "reader-fact-end" }, f.toName),
      " ",
      factKindMark({ note: f.note, claim: f.claim ?? null }),
    );
    button.addEventListener("click", () => onFact(f.id));
    list.append(
      h("li", {}, button, f.note ? h("p", { class: "rel-note" }, f.note) : null, claimLine({ claim: f.claim ?? null })),
    );
  }
  const count = `${facts.length} fact${facts.length === 1 ? "" : "s"} rest${facts.length === 1 ? "s" : ""} on ${picked > 1 ? `these ${picked} sentences` : "this"}`;
  box.append(h("p", { class: "reader-fact-count", "data-testid": "reader-fact-count" }, count), list);
  return box;
}
