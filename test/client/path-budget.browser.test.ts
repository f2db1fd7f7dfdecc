// A path search cut short by the server's time budget says so in the path finder, in real Chromium against the real
// server and Neo4j: the budget is made tiny and applied to the article graph, so no machine is fast enough to finish.
import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "../support/browser.ts";
import { ARTICLE_PERSPECTIVE } from "../support/article-perspective.ts";
import { useExplorerPage } from "../support/explorer-page.ts";
import { PathsResponseSchema } from "../../src/shared/index.ts";

const BUDGET_MS = 1;
const app = useExplorerPage({
  server: { perspectiveFile: ARTICLE_PERSPECTIVE, pathBudgetMs: BUDGET_MS, pathBudgetAbove: 0 },
});

test("a search stopped at the time budget says so in the path finder, with what it found by then", async () => {
  // The API's own answer first: cut short, with the budget it had.
  const answer = PathsResponseSchema.parse(
    await (await fetch(new URL("/api/paths?from=jack-ma&to=apple", app.url))).json(),
  );
  assert.deepEqual(answer.truncated, { reason: "time-budget", budgetMs: BUDGET_MS });
  const { page, errors } = await app.open("?path=jack-ma,apple", { width: 1440, height: 900 });
  const note = page.locator('[data-testid="path-truncated"]');
  await note.waitFor({ state: "visible", timeout: 20_000 });
  const text = (await note.textContent()) ?? "";
  assert.match(text, new RegExp(`^Search stopped after ${BUDGET_MS} ms`));
  const shown = await page.evaluate(() => {
    const { result } = window.__explorer!.store.get().paths;
    return result.status === "ready" ? result.response.paths.length : -1;
  });
  // Whatever it found in time is listed under the note; with none, the note says a route may still exist.
  assert.match(text, shown > 0 ? /routes found by then/ : /before it found a route/);
  await screenshot(page, "path-budget-cut-short");
  assert.deepEqual(errors, []);
  await page.close();
});
