// The top of the details panel: the node's names in three languages, labels, and remaining properties.
import type { NodeAttributes } from "../lib/graph/index.ts";
import { LANGUAGE_LABEL } from "../lib/names/index.ts";
import { LANGUAGES, type Language, type Perspective } from "../../shared/index.ts";
import { detailKeys, nodeCaption, nodeCaptionLanguage, nodeColor } from "../lib/appearance/index.ts";
import { languageMark } from "../lib/names/language-mark.ts";
import { h } from "../lib/dom.ts";
import { propertyList, valueText } from "./property-values.ts";

/** Shown in their own places above (aliases_text is the search index's copy of aliases). */
const SHOWN_ELSEWHERE = new Set(["name", "name_ja", "name_zh", "aliases", "aliases_text", "description"]);

function namesTable(attrs: NodeAttributes): HTMLElement {
  const rows = LANGUAGES.map((language) =>
    h(
      "div",
      { class: "name-row" },
      h("dt", {}, LANGUAGE_LABEL[language]),
      h("dd", { lang: language, class: attrs.names[language] ? "" : "missing" }, attrs.names[language] ?? "—"),
    ),
  );
  return h("dl", { class: "names", "data-testid": "node-names" }, ...rows);
}

function properties(key: string, attrs: NodeAttributes, first: readonly string[]): HTMLElement {
  const list = propertyList(attrs.properties, SHOWN_ELSEWHERE, "node-properties", first);
  list.append(h("div", { class: "prop-row muted" }, h("dt", {}, "elementId"), h("dd", { class: "mono" }, key)));
  return list;
}

export function renderDetailsHeader(
  key: string,
  attrs: NodeAttributes,
  language: Language,
  perspective: Perspective | null = null,
): HTMLElement {
  const chips = attrs.labels.map((label) => {
    const chip = h("span", { class: label === attrs.category ? "chip chip-primary" : "chip" }, label);
    if (label === attrs.category) chip.style.setProperty("--chip-color", nodeColor(attrs.labels, perspective));
    return chip;
  });
  const node = { id: key, labels: attrs.labels, properties: attrs.properties };
  const aliases = attrs.properties.aliases;
  const description = attrs.properties.description;
  // A caption in another language than the chosen one (none recorded in it) says so, and carries its own lang.
  const shownIn = nodeCaptionLanguage(node, perspective, language);
  return h(
    "header",
    { class: "details-header" },
    h("div", { class: "chips", "data-testid": "node-labels" }, ...chips),
    h(
      "h2",
      { id: "details-title", tabindex: -1, lang: shownIn ?? language, "data-testid": "details-title" },
      nodeCaption(node, perspective, language),
      languageMark(shownIn, language),
    ),
    namesTable(attrs),
    Array.isArray(aliases) && aliases.length > 0
      ? h("p", { class: "aliases" }, h("span", { class: "muted" }, "Also known as "), valueText(aliases))
      : null,
    typeof description === "string" && description !== "" ? h("p", { class: "description" }, description) : null,
    h(
      "section",
      { class: "props-block", "aria-label": "Properties" },
      properties(key, attrs, detailKeys(attrs.labels, perspective)),
    ),
  );
}
