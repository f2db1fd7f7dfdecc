// Where two sources give different values for one fact: their accounts side by side, each with its own quote.
import type { NodeDetail } from "../../shared/index.ts";
import { disagreements, resolveSource, type Disagreement } from "../core/detail/index.ts";
import { relationshipPhrase, nodeCaption } from "../lib/appearance/index.ts";
import { h } from "../lib/dom.ts";
import { valueNode } from "./property-values.ts";
import type { RelationshipListOptions } from "./relationship-list.ts";

function account(rel: Disagreement["accounts"][number], fact: Disagreement, detail: NodeDetail): HTMLElement {
  const source = resolveSource(rel.relationship.properties.source, detail.sources);
  const { quote } = rel.relationship.properties;
  return h(
    "div",
    {
      class: "account",
      "data-testid": "account",
      "data-source": String(rel.relationship.properties.source),
      "data-rel-id": rel.relationship.id,
    },
    h("h5", { class: "account-source" }, source?.title ?? String(rel.relationship.properties.source)),
    h(
      "dl",
      { class: "account-values" },
      ...fact.fields.flatMap((name) => {
        const value = rel.relationship.properties[name];
        const conflict = fact.conflicts.includes(name);
        return [
          h("dt", { class: conflict ? "conflict" : "" }, name),
          h(
            "dd",
            { class: conflict ? "conflict" : "", "data-field": name },
            value === undefined ? h("span", { class: "muted" }, "not given") : valueNode(value),
          ),
        ];
      }),
    ),
    typeof quote === "string" && quote !== ""
      ? h(
          "blockquote",
          { class: "rel-quote", lang: source?.language ?? "ja", "data-rel-id": rel.relationship.id },
          quote,
        )
      : null,
  );
}

/** One block per fact the sources disagree on; nothing when every source agrees (or there is only one). */
export function renderDisagreements(detail: NodeDetail, options: RelationshipListOptions): HTMLElement | null {
  const found = disagreements(detail.relationships);
  if (found.length === 0) return null;
  const perspective = options.perspective ?? null;
  return h(
    "section",
    { class: "disagreements", "aria-labelledby": "disagreements-title" },
    h("h4", { id: "disagreements-title" }, `Sources differ (${found.length})`),
    ...found.map((fact) => {
      const other = fact.accounts[0]!.other;
      const phrase = relationshipPhrase(fact.type, perspective, options.language);
      const arrow = fact.direction === "out" ? "→" : "←";
      return h(
        "div",
        { class: "disagreement", "data-testid": "disagreement", "data-rel-type": fact.type },
        h(
          "p",
          { class: "disagreement-head" },
          `${arrow} ${phrase} `,
          h("strong", { lang: options.language }, nodeCaption(other, perspective, options.language)),
          h("span", { class: "muted" }, ` · ${fact.accounts.length} accounts differ on ${fact.conflicts.join(", ")}`),
        ),
        // Side by side, never merged: each source keeps its own values and its own sentence.
        h("div", { class: "accounts" }, ...fact.accounts.map((rel) => account(rel, fact, detail))),
      );
    }),
  );
}
