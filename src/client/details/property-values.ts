// Renders wire property values as text, or as links when they are http(s) URLs.
import type { JsonValue, Properties } from "../../shared/index.ts";
import { h, safeHref } from "../lib/dom.ts";

export function valueText(value: JsonValue): string {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function valueNode(value: JsonValue): Node {
  const href = safeHref(value);
  return href
    ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, href)
    : document.createTextNode(valueText(value));
}

/** Where a property goes: those the perspective puts first in its order, then the rest alphabetically. */
const rank = (first: readonly string[], name: string) => {
  const at = first.indexOf(name);
  return at < 0 ? first.length : at;
};

/**
 * A two-column list of properties, `first` (the perspective's details) at the top; `*_ja` / `*_zh` values are marked
 * with their language for fonts and screen readers.
 */
export function propertyList(
  properties: Properties,
  skip: ReadonlySet<string>,
  testid: string,
  first: readonly string[] = [],
): HTMLElement {
  const rows = Object.entries(properties)
    .filter(([name]) => !skip.has(name))
    .sort(([a], [b]) => rank(first, a) - rank(first, b) || a.localeCompare(b))
    .map(([name, value]) => {
      const lang = /_(ja|zh)$/.exec(name)?.[1] ?? null;
      return h("div", { class: "prop-row" }, h("dt", {}, name), h("dd", { lang }, valueNode(value)));
    });
  return h("dl", { class: "props", "data-testid": testid }, ...rows);
}
