// The load's hash covers the scripts and the source texts beside them, so `npm start` reloads when either changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scriptsHash } from "../../src/seed/seed-stamp.ts";

test("changing only a source text changes the hash; the same files give the same hash", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "seed-stamp-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const script = join(dir, "10-data.cypher");
  writeFileSync(script, "CREATE (:Person {id: 'a', quote: 'one sentence'});\n");
  mkdirSync(join(dir, "sources"));
  writeFileSync(join(dir, "sources", "article.txt"), "one sentence. another.");
  const first = await scriptsHash([script]);
  assert.equal(await scriptsHash([script]), first);
  writeFileSync(join(dir, "sources", "article.txt"), "one sentence. another, corrected.");
  const second = await scriptsHash([script]);
  assert.notEqual(second, first);
  writeFileSync(script, "CREATE (:Person {id: 'b', quote: 'one sentence'});\n");
  assert.notEqual(await scriptsHash([script]), second);
});
