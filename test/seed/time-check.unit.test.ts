// The loader's check of time properties: a malformed date names its file and line before anything runs.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { SeedError } from "../../src/seed/index.ts";
import { planFile } from "../../src/seed/plan-file.ts";
import { timeOf } from "../../src/shared/index.ts";

const root = new URL("../../", import.meta.url).pathname;

function refusal(source: string): SeedError {
  try {
    planFile("graph/dates.cypher", source);
  } catch (err) {
    assert.ok(err instanceof SeedError, String(err));
    return err;
  }
  assert.fail("the file was accepted");
}

describe("time properties in seed files", () => {
  it("accepts the three forms, in maps and in SET r.when =", () => {
    const source = [
      "MATCH (a {id: 'a'}), (b {id: 'b'}) MERGE (a)-[r:X]->(b)",
      "SET r = {when: '2019', when_text: '2019年', quote: 'マーは2019年に退いた'};",
      "MATCH ()-[r:Y]->() SET r.when = '2023/2025';",
      "MERGE (e:Event {id: 'e'}) SET e += {when: '~2024-01/2024-03', when_text: '初め'};",
      "// when: 'not a date' in a comment is not a property",
      "MATCH (n) RETURN CASE WHEN n.x = 1 THEN 'a' ELSE 'b' END;",
    ].join("\n");
    assert.equal(planFile("ok.cypher", source).data.length, 4);
  });

  it("names file, line and column of a malformed date", () => {
    const source = "CREATE (:A);\nMATCH (a), (b)\nMERGE (a)-[r:X]->(b) SET r = {quote: 'q', when: '2024-13'};\n";
    const err = refusal(source);
    assert.equal(err.failure.file, "graph/dates.cypher");
    assert.equal(err.failure.line, 3);
    assert.equal(err.failure.column, source.split("\n")[2]!.indexOf("'2024-13'") + 1);
    assert.match(err.message, /^graph\/dates\.cypher:3:\d+: malformed "when": month 13/);
    assert.match(err.message, /expected a point/);
  });

  it("refuses a number, a wording without a date, an approximate date without wording, and wording not in the quote", () => {
    assert.match(refusal("MATCH ()-[r]->() SET r = {when: 2019};").message, /not a number/);
    assert.match(refusal("MATCH ()-[r]->() SET r.when = '2019-02-30';").message, /day 30/);
    assert.match(refusal("CREATE (:E {when_text: '2019年'});").message, /without a "when"/);
    assert.match(refusal("CREATE (:E {when: '~2024'});").message, /keeps the source's wording/);
    assert.match(
      refusal("CREATE (:E {when: '2024', when_text: '2024年', quote: '2023年のこと'});").message,
      /'2024年' is not in this map's quote/,
    );
  });

  it("every graph/*.cypher file passes, and the article's dated facts carry a when", () => {
    const dir = join(root, "graph");
    let dated = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".cypher"))) {
      const source = readFileSync(join(dir, name), "utf8");
      planFile(`graph/${name}`, source);
      dated += [...source.matchAll(/\bwhen: '([^']*)'/g)].filter((m) => timeOf({ when: m[1] }) !== null).length;
    }
    assert.ok(dated >= 12, `at least 12 dated relationships and events (found ${dated})`);
  });
});
