// The large caption of presentation mode: the hop as "A — TYPE → B" and the article's sentence behind it.
import { describeTime, timeOf, wordingOf, type WireNode } from "../../shared/index.ts";
import { factKindMark } from "../lib/fact-kind-mark.ts";
import { currentHop, isLastStep, type PresentationState } from "../core/presentation/index.ts";
import type { Language, Perspective } from "../../shared/index.ts";
import { nodeCaption, relationshipPhrase } from "../lib/appearance/index.ts";
import { h } from "../lib/dom.ts";
import { quoteTranslation } from "../lib/quote-translation.ts";

function nameOf(id: string, nodes: readonly WireNode[], language: Language, perspective: Perspective | null): string {
  const node = nodes.find((n) => n.id === id);
  return node ? nodeCaption(node, perspective, language) : id;
}

export function renderCaption(
  state: PresentationState,
  language: Language,
  notice: string | null,
  perspective: Perspective | null = null,
): HTMLElement[] {
  const story = state.story;
  if (!story) return [];
  const total = story.hops.length;
  const help = h(
    "p",
    { class: "caption-help" },
    "→ or Space: next · ←: back · Esc: leave",
    notice ? ` · ${notice}` : "",
  );
  const hop = currentHop(state);
  if (!hop) {
    return [
      h("p", { class: "caption-step", "data-testid": "caption-step" }, `${total} ${total === 1 ? "step" : "steps"}`),
      h("p", { class: "caption-title", "data-testid": "caption-title" }, story.title),
      help,
    ];
  }
  const quote = hop.relationship.properties.quote;
  const time = timeOf(hop.relationship.properties);
  const wording = wordingOf(hop.relationship.properties);
  return [
    h(
      "p",
      { class: "caption-step", "data-testid": "caption-step" },
      `Step ${state.step + 1} of ${total}${isLastStep(state) ? " · end" : ""}`,
      // A dated fact says when, in the article's words too (the time story steps through these).
      time
        ? h(
            "span",
            { class: "caption-when", "data-testid": "caption-when" },
            ` · ${describeTime(time)}${wording ? ` (${wording})` : ""}`,
          )
        : null,
    ),
    h(
      "p",
      { class: "caption-hop", "data-testid": "caption-hop" },
      h("span", { lang: language }, nameOf(hop.from, story.nodes, language, perspective)),
      h("span", { class: "caption-type" }, ` — ${hop.relationship.type} → `),
      h("span", { lang: language }, nameOf(hop.to, story.nodes, language, perspective)),
      // The type in words, in the chosen language (the perspective's phrase).
      perspective
        ? h(
            "span",
            { class: "caption-phrase", lang: language, "data-testid": "caption-phrase" },
            ` · ${relationshipPhrase(hop.relationship.type, perspective, language)}`,
          )
        : null,
      // Stated, a claim or plan the article reports, or our inference: said on screen while presenting.
      " ",
      factKindMark(hop.relationship.properties),
    ),
    typeof quote === "string" && quote !== ""
      ? h(
          "blockquote",
          { class: "caption-quote", lang: "ja", "data-testid": "caption-quote", "data-rel-id": hop.relationship.id },
          `「${quote}」`,
        )
      : h(
          "p",
          { class: "caption-quote muted", "data-testid": "caption-quote" },
          "(no quote recorded for this relationship)",
        ),
    ...[quoteTranslation(hop.relationship.properties, "caption-quote-en")].filter((el) => el !== null),
    help,
  ];
}
