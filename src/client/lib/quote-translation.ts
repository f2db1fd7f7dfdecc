// The English translation of a relationship's quote (quote_en), shown under the quote and labelled as a translation.
import { h } from "./dom.ts";
import "../styles/quote-translation.css";

/** The label that tells the reader this is our translation; the Japanese quote above it stays the evidence. */
export const TRANSLATION_LABEL = "Translation (English)";

/** The translation line for a relationship's properties, or null when it has none. */
export function quoteTranslation(properties: Readonly<Record<string, unknown>>, className = ""): HTMLElement | null {
  const en = properties.quote_en;
  if (typeof en !== "string" || en.trim() === "") return null;
  return h(
    "p",
    { class: `quote-en ${className}`.trim(), "data-testid": "quote-en" },
    h("span", { class: "quote-en-label" }, TRANSLATION_LABEL),
    " ",
    h("span", { class: "quote-en-text", lang: "en" }, en),
  );
}
