// Every quoted relationship of the loaded article graph carries quote_en, an English translation beside the evidence.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { testDriver, testConnection } from "../support/db.ts";

const driver = testDriver();
const { database } = testConnection();
after(() => driver.close());

test("every relationship with a quote has a non-empty English quote_en in English", async () => {
  const { records } = await driver.executeQuery(
    "MATCH (a)-[r]->(b) WHERE r.quote IS NOT NULL RETURN a.id AS from, type(r) AS type, b.id AS to, r.quote AS quote, r.quote_en AS en",
    {},
    { database },
  );
  assert.ok(records.length >= 60, `the article graph is loaded (${records.length} quoted relationships)`);
  const missing: string[] = [];
  for (const r of records) {
    const where = `(${r.get("from")})-[:${r.get("type")}]->(${r.get("to")})`;
    const en: unknown = r.get("en");
    if (typeof en !== "string" || en.trim() === "") missing.push(`${where}: no quote_en`);
    // Kana or CJK ideographs mean the "translation" is still (partly) the Japanese.
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(en)) missing.push(`${where}: quote_en not English: ${en}`);
  }
  assert.deepEqual(missing, []);
});
