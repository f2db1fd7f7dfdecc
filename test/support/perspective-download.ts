// The Style panel's download, checked the same way wherever a browser test uses it: the file is a valid perspective,
// equal to what the page shows, and a server given it as the graph's perspective file serves it as written.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Connection } from "../../src/server/db/connection.ts";
import { startExplorer } from "../../src/server/run.ts";
import { PerspectiveResponseSchema, PerspectiveSchema, type Perspective } from "../../src/shared/index.ts";

/** Downloads the page's perspective, checks it round-trips through a second server, and returns it. */
export async function downloadedPerspectiveRoundTrips(
  page: Page,
  connection: Connection,
  serverOptions: { queriesDir?: string | null } = {},
): Promise<Perspective> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('[data-testid="style-download"]').click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), "style-download-"));
  try {
    const file = join(dir, "perspective.json");
    await download.saveAs(file);
    assert.equal(download.suggestedFilename(), "perspective.json");
    const saved = PerspectiveSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const current = await page.evaluate(() => window.__explorer!.store.get().perspective.current);
    assert.deepEqual(saved, current, "the download is the perspective the page shows");
    // Loaded as the graph's perspective file, it is served as written.
    const again = await startExplorer({ connection, port: 0, perspectiveFile: file, ...serverOptions });
    try {
      const res = await fetch(new URL("/api/perspective", again.url));
      const answer = PerspectiveResponseSchema.parse(await res.json());
      assert.deepEqual(answer.problems, []);
      assert.equal(answer.source, "file");
      assert.deepEqual(answer.perspective, saved);
    } finally {
      await again.close();
    }
    return saved;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
