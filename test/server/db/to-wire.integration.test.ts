// Values from a real Neo4j reach the wire as plain JSON, losslessly: big integers, temporals, points, paths.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { testDriver, testConnection } from "../../support/db.ts";
import { toJson } from "../../../src/server/db/to-wire.ts";
import { JsonValueSchema } from "../../../src/shared/index.ts";

const driver = testDriver();
after(() => driver.close());

test("driver values map to JSON without loss", async () => {
  const { records } = await driver.executeQuery(
    `RETURN 42 AS small, 9007199254740993 AS big, -9007199254740993 AS negBig, 1.5 AS float,
            date('2024-02-29') AS d, datetime('2024-01-02T03:04:05.123+09:00') AS dt, localtime('12:30') AS lt,
            duration('P1Y2M3DT4H') AS du, point({x: 1.5, y: -2}) AS p, [1, 'a', null] AS list, {k: 7} AS map`,
    {},
    { database: testConnection().database },
  );
  const row = Object.fromEntries(records[0]!.keys.map((k) => [k, toJson(records[0]!.get(k))]));
  assert.equal(row.small, 42);
  assert.equal(row.big, "9007199254740993");
  assert.equal(row.negBig, "-9007199254740993");
  assert.equal(row.float, 1.5);
  assert.equal(row.d, "2024-02-29");
  assert.equal(row.dt, "2024-01-02T03:04:05.123000000+09:00");
  assert.equal(row.lt, "12:30:00");
  assert.equal(row.du, "P14M3DT14400S");
  assert.deepEqual(row.p, { srid: 7203, x: 1.5, y: -2 });
  assert.deepEqual(row.list, [1, "a", null]);
  assert.deepEqual(row.map, { k: 7 });
  // The whole row is plain JSON: it survives a JSON round-trip and passes the shared schema.
  assert.deepEqual(JSON.parse(JSON.stringify(row)), row);
  JsonValueSchema.parse(row);
});

test("nodes, relationships and paths map to the wire shapes with string element ids", async () => {
  const { records } = await driver.executeQuery(
    `MATCH p = (a:Entity {id: 'jack-ma'})-[r]->(b) RETURN a, r, p LIMIT 1`,
    {},
    { database: testConnection().database },
  );
  const a = toJson(records[0]!.get("a")) as { id: string; labels: string[]; properties: Record<string, unknown> };
  assert.equal(typeof a.id, "string");
  assert.ok(a.labels.includes("Person"));
  assert.equal(a.properties.id, "jack-ma");
  const r = toJson(records[0]!.get("r")) as { start: string; end: string; type: string; properties: { quote: string } };
  assert.equal(r.start, a.id);
  assert.ok(r.properties.quote.length > 0);
  const p = toJson(records[0]!.get("p")) as { segments: { relationship: { id: string } }[] };
  assert.equal(p.segments.length, 1);
});
