// Cell text for people: money with its currency and numbers grouped, in the reader's language. The currency comes
// from the column's name (an ISO code at its end: amountJpy, valueUSD) or, for an amount column, from the row's
// own currency column, never from a list of this graph's columns.
import type { JsonValue } from "../../../shared/index.ts";
import { cellText } from "./cells.ts";
import type { Row } from "./types.ts";

const ISO_SUFFIX = /(?:^|[a-z_])(jpy|usd|cny|rmb|eur|gbp|hkd|krw|twd)$/i;
const MONEY_WORD = /amount|value|price|cost|revenue|capital|invest|fund/i;

/** The currency of a numeric cell, or null when it is just a number. */
export function currencyOf(column: string, row: Row): string | null {
  const suffix = ISO_SUFFIX.exec(column)?.[1];
  if (suffix) return suffix.toUpperCase() === "RMB" ? "CNY" : suffix.toUpperCase();
  const code = row.currency;
  return MONEY_WORD.test(column) && typeof code === "string" && /^[A-Z]{3}$/.test(code) ? code : null;
}

/** `locale` is a BCP 47 tag (en, ja, zh). Years and small counts stay ungrouped (2024, not 2,024). */
export function formatCell(value: JsonValue | undefined, column: string, row: Row, locale: string): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return cellText(value);
  const currency = currencyOf(column, row);
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
    } catch {
      // An unknown code (the row said XYZ): the number with the code beside it.
      return `${new Intl.NumberFormat(locale).format(value)} ${currency}`;
    }
  }
  return new Intl.NumberFormat(locale, { useGrouping: Math.abs(value) >= 10_000, maximumFractionDigits: 6 }).format(
    value,
  );
}
