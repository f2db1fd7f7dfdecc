// The top of the details panel: the node's names in three languages, labels, and remaining properties.
import type { JsonValue } from "../../shared/index.ts";
import type { NodeAttributes } from "../core/graph/index.ts";
import { displayName, LANGUAGE_LABEL, LANGUAGES, type Language } from "../core/names/index.ts";
import { h, safeHref } from "../lib/dom.ts";

/** Shown in their own places above, so the generic property list skips them. */
const SHOWN_ELSEWHERE = new Set(["name", "name_ja", "name_zh", "aliases", "description"]);

function valueText(value: JsonValue): string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

function valueNode(value: JsonValue): Node {
  const href = safeHref(value);
  return href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, href) : document.createTextNode(valueText(value));
}

function namesTable(attrs: NodeAttributes): HTMLElement {
  const rows = LANGUAGES.map((language) =>
    h("div", { class: "name-row" },
      h("dt", {}, LANGUAGE_LABEL[language]),
      h("dd", { lang: language, class: attrs.names[language] ? "" : "missing" }, attrs.names[language] ?? "—")),
  );
  return h("dl", { class: "names", "data-testid": "node-names" }, ...rows);
}

function propertyList(key: string, attrs: NodeAttributes): HTMLElement {
  const rows = Object.entries(attrs.properties)
    .filter(([name]) => !SHOWN_ELSEWHERE.has(name))
    .map(([name, value]) => h("div", { class: "prop-row" }, h("dt", {}, name), h("dd", {}, valueNode(value))));
  rows.push(h("div", { class: "prop-row muted" }, h("dt", {}, "elementId"), h("dd", { class: "mono" }, key)));
  return h("dl", { class: "props", "data-testid": "node-properties" }, ...rows);
}

export function renderDetailsHeader(key: string, attrs: NodeAttributes, language: Language): HTMLElement {
  const chips = attrs.labels.map((label) => {
    const chip = h("span", { class: label === attrs.category ? "chip chip-primary" : "chip" }, label);
    if (label === attrs.category) chip.style.setProperty("--chip-color", attrs.color);
    return chip;
  });
  const aliases = attrs.properties.aliases;
  const description = attrs.properties.description;
  return h("header", { class: "details-header" },
    h("div", { class: "chips", "data-testid": "node-labels" }, ...chips),
    h("h2", { id: "details-title", tabindex: -1, lang: language, "data-testid": "details-title" },
      displayName(attrs.names, language, attrs.slug, key)),
    namesTable(attrs),
    Array.isArray(aliases) && aliases.length > 0 ? h("p", { class: "aliases" }, h("span", { class: "muted" }, "Also known as "), valueText(aliases)) : null,
    typeof description === "string" && description !== "" ? h("p", { class: "description" }, description) : null,
    h("details", { class: "props-block" }, h("summary", {}, "Properties"), propertyList(key, attrs)),
  );
}
