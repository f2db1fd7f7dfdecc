// Download as Cypher in real Chromium: the file the button gives loads into the real test Neo4j (inside a transaction
// that is rolled back, so the article stays), making exactly the view's nodes and relationships, typed, and no
// temporary key is left behind.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { testConnection, testDriver } from "../support/db.ts";
import { useExplorerPage } from "../support/explorer-page.ts";
import { splitStatements } from "../../src/seed/split-statements.ts";
import { EXPORT_KEY_LABEL } from "../../src/shared/cypher-script.ts";

const app = useExplorerPage();

test("Download as Cypher gives a script that loads the view's nodes and relationships", async () => {
  const { page, errors } = await app.open("", { width: 1440, height: 900 });
  const view = await page.evaluate(() => {
    const graph = window.__explorer!.sigma.getGraph();
    return {
      nodes: graph.order,
      relationships: graph.size,
      slugs: graph.mapNodes((_, a) => (a.properties as { id?: string }).id ?? null).filter((s) => s !== null),
    };
  });
  assert.ok(view.nodes > 1 && view.relationships > 0, "the first view shows a graph");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export-cypher"]')]);
  assert.match(download.suggestedFilename(), /^graph-\d{4}-\d{2}-\d{2}\.cypher$/);
  const script = readFileSync(await download.path(), "utf8");
  const { statements, unterminated } = splitStatements(script);
  assert.equal(unterminated, undefined, "every string and name in the script is closed");

  const driver = testDriver();
  const session = driver.session({ database: testConnection().database });
  const tx = session.beginTransaction();
  try {
    // The article's nodes carry unique ids: the copy goes into an emptied database, as `--reset --file` loads it.
    await tx.run("MATCH (n) DETACH DELETE n");
    let nodesCreated = 0;
    let relationshipsCreated = 0;
    for (const { text } of statements) {
      const counters = (await tx.run(text)).summary.counters.updates();
      nodesCreated += counters.nodesCreated;
      relationshipsCreated += counters.relationshipsCreated;
    }
    assert.equal(nodesCreated, view.nodes);
    assert.equal(relationshipsCreated, view.relationships);
    const left = await tx.run(`MATCH (n:\`${EXPORT_KEY_LABEL}\`) RETURN count(n) AS n`);
    assert.equal(Number(left.records[0]!.get("n")), 0, "the temporary key is removed");
    const loaded = await tx.run("MATCH (n) WHERE n.id IS NOT NULL RETURN collect(n.id) AS ids");
    assert.deepEqual([...(loaded.records[0]!.get("ids") as string[])].sort(), [...view.slugs].sort());
    // A whole number stays an integer (the article's relationship years).
    const years = await tx.run("MATCH ()-[r]->() WHERE r.year IS NOT NULL RETURN r.year AS y LIMIT 1");
    if (years.records.length) assert.equal(typeof years.records[0]!.get("y"), "object", "an integer, not a float");
  } finally {
    await tx.rollback();
    await session.close();
    await driver.close();
  }
  assert.deepEqual(errors, []);
  await page.close();
});
