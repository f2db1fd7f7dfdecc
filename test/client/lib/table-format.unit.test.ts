// Money and numbers in result tables: currency from the column name or the row, grouped per locale, years left alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { currencyOf, formatCell } from "../../../src/client/lib/table/index.ts";

test("a yen column reads as money in each language; an amount takes its row's currency", () => {
  const row = { amountJpy: 7_800_000_000_000, amount: 380_000_000_000, currency: "CNY", year: 2025 };
  assert.equal(currencyOf("amountJpy", row), "JPY");
  assert.equal(currencyOf("amount", row), "CNY");
  assert.equal(currencyOf("year", row), null);
  assert.equal(formatCell(row.amountJpy, "amountJpy", row, "en"), "¥7,800,000,000,000");
  assert.match(formatCell(row.amountJpy, "amountJpy", row, "ja"), /7,800,000,000,000/);
  assert.equal(formatCell(row.amount, "amount", row, "en"), "CN¥380,000,000,000");
  assert.equal(formatCell(row.year, "year", row, "en"), "2025", "a year is not grouped");
  assert.equal(formatCell(12345, "count", row, "en"), "12,345");
  assert.equal(formatCell("text", "name", row, "en"), "text");
});
