// The details panel marks each relationship as stated, a claim or plan the article reports, or our inference.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { clickNode } from "../../support/browser.ts";
import { useExplorerPage } from "../../support/explorer-page.ts";
import { FACT_KINDS } from "../../../src/shared/index.ts";

const app = useExplorerPage();

/** The mark on the panel's relationship of a type, going to a neighbour whose caption contains `other`. */
async function mark(
  page: Page,
  type: string,
  other: string,
): Promise<{ kind: string | null; text: string; title: string }> {
  const rel = page.locator(`[data-testid="relationship"][data-rel-type="${type}"]`).filter({ hasText: other }).first();
  const m = rel.locator('[data-testid="fact-kind"]');
  return {
    kind: await m.getAttribute("data-kind"),
    text: ((await m.textContent()) ?? "").trim(),
    title: (await m.getAttribute("title")) ?? "",
  };
}

test("the panel marks an inference, a claim and a stated fact each with its own mark and wording", async () => {
  const { page, errors } = await app.open();
  await clickNode(page, "qwen");
  await page.waitForSelector('[data-testid="relationship"][data-rel-type="RANKS_AMONG_TOP_IN"]');
  const inference = await mark(page, "OVERSEES", "Eddie Wu");
  assert.equal(inference.kind, "inference");
  assert.equal(inference.text, FACT_KINDS.inference.mark);
  assert.ok(inference.title.startsWith(FACT_KINDS.inference.wording), inference.title);
  assert.match(inference.title, /Inference:/, "the note follows the wording");

  const claim = await mark(page, "RANKS_AMONG_TOP_IN", "China");
  assert.equal(claim.kind, "claim");
  assert.equal(claim.text, FACT_KINDS.claim.mark);
  assert.match(claim.title, /とされる/, "the claim says which wording makes it one");
  const claimItem = page.locator('[data-testid="relationship"][data-rel-type="RANKS_AMONG_TOP_IN"]');
  assert.match((await claimItem.locator('[data-testid="rel-claim"]').textContent()) ?? "", /とされる/);

  const stated = await mark(page, "ADOPTED_BY", "Apple");
  assert.equal(stated.kind, "stated");
  assert.equal(stated.text, FACT_KINDS.stated.mark);
  assert.equal(
    await page.locator('[data-testid="relationship"][data-rel-type="ADOPTED_BY"] [data-testid="rel-claim"]').count(),
    0,
  );
  assert.deepEqual(errors, []);
  await page.close();
});
