// The mark beside a relationship that says whether the article states it, reports it as a claim or plan, or we infer it.
import { FACT_KINDS, factKind, factKindWording, type JsonValue } from "../../shared/index.ts";
import { h } from "./dom.ts";

export function factKindMark(properties: Readonly<Record<string, JsonValue | undefined>>): HTMLElement {
  const kind = factKind(properties);
  return h(
    "span",
    { class: `fact-kind ${kind}`, "data-testid": "fact-kind", "data-kind": kind, title: factKindWording(properties) },
    FACT_KINDS[kind].mark,
  );
}

/** The claim's own line under a relationship, like the note of an inference. */
export function claimLine(properties: Readonly<Record<string, JsonValue | undefined>>): HTMLElement | null {
  if (factKind(properties) !== "claim") return null;
  return h("p", { class: "rel-note rel-claim", "data-testid": "rel-claim" }, factKindWording(properties));
}
