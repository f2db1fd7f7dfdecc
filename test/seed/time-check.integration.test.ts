// A graph folder with a malformed date is refused by the real loader with file and line, and nothing is loaded.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { testConnection, testDriver } from "../support/db.ts";
import { readGraphFolder, SeedError, seedFiles } from "../../src/seed/index.ts";

const root = new URL("../../", import.meta.url).pathname;
const folderPath = join(root, "test/fixtures/time/malformed-date");
const driver = testDriver();
after(() => driver.close());

const people = async () =>
  Number(
    (
      await driver.executeQuery(
        "MATCH (n:TimeCheckPerson) RETURN count(n) AS n",
        {},
        {
          database: testConnection().database,
        },
      )
    ).records[0]?.get("n"),
  );

test("a malformed date in the second file stops the load with its file, line and column; the first file stays unloaded", async () => {
  const folder = await readGraphFolder(folderPath);
  assert.equal(folder.files.length, 2);
  const before = await people();
  const error = await seedFiles(driver, testConnection().database, folder.files, { relativeTo: root }).then(
    () => null,
    (err: unknown) => err,
  );
  assert.ok(error instanceof SeedError, `refused with a SeedError (got ${String(error)})`);
  const source = readFileSync(join(folderPath, "20-events.cypher"), "utf8").split("\n");
  const line = source.findIndex((l) => l.includes("'1951-13'")) + 1;
  assert.equal(error.failure.file, "test/fixtures/time/malformed-date/20-events.cypher");
  assert.equal(error.failure.line, line);
  assert.equal(error.failure.column, source[line - 1]!.indexOf("'1951-13'") + 1);
  assert.match(
    error.message,
    /^test\/fixtures\/time\/malformed-date\/20-events\.cypher:5:\d+: malformed "when": month 13/,
  );
  assert.equal(error.failure.phase, "check", "refused while checking, before anything ran");
  assert.deepEqual(error.failure.schemaCommitted, [], "no schema statement committed");
  assert.equal(await people(), before, "the valid first file did not run either");
});
