// CSV for Neo4j's importer: quotes doubled, newlines kept inside quotes (and flagged), Japanese text as is, arrays
// joined by U+001F, numbers as doubles, typed headers; values the importer would change or drop are refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ARRAY_DELIMITER,
  csvField,
  CsvValueError,
  entityColumns,
  entityCsv,
  quoteCsv,
  relationshipCsv,
  writeDataset,
  type EntityRow,
} from "../../src/generate/index.ts";

/** RFC 4180 as the importer reads it (quote doubling, fields spanning lines): the test's own independent reader. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  return rows;
}

test("strings are quoted with inner quotes doubled; backslashes, commas and Japanese text stay as they are", () => {
  assert.equal(quoteCsv('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('a "b", c\\d', "string", "x"), '"a ""b"", c\\d"');
  assert.equal(csvField("馬雲（ジャック・マー）", "string", "x"), '"馬雲（ジャック・マー）"');
  assert.equal(csvField("", "string", "x"), '""', "an empty string is a value, not a missing property");
  assert.equal(csvField(undefined, "string", "x"), "", "a missing property is the empty unquoted field");
});

test("numbers are written as doubles; arrays are joined by U+001F inside one quoted field", () => {
  assert.equal(csvField(2021, "double", "x"), "2021");
  assert.equal(csvField(7.5e12, "double", "x"), "7500000000000");
  assert.equal(csvField(0.25, "double", "x"), "0.25");
  assert.equal(
    csvField(['a "q"', "b,c", "d;e", "日本"], "string[]", "x"),
    `"a ""q""${ARRAY_DELIMITER}b,c${ARRAY_DELIMITER}d;e${ARRAY_DELIMITER}日本"`,
  );
  assert.equal(csvField([1, 2.5] as never, "double[]", "x"), `"1${ARRAY_DELIMITER}2.5"`);
});

test("values the importer would drop, split or misread are refused, naming the row and property", () => {
  assert.throws(
    () => csvField([], "string[]", "entity 3 (p-3), property aliases"),
    /entity 3 \(p-3\), property aliases: an empty array/,
  );
  assert.throws(() => csvField([`a${ARRAY_DELIMITER}b`], "string[]", "p"), /array delimiter U\+001F/);
  assert.throws(() => csvField(Number.NaN, "double", "p"), /not a finite number/);
  assert.throws(() => csvField("2021", "double", "p"), /p: expected double, got string/);
  assert.throws(() => csvField(["a", 1] as unknown as string[], "string[]", "p"), CsvValueError);
});

test("entity columns come from every row; a key of two types is refused", () => {
  const rows: EntityRow[] = [
    { label: "Person", props: { id: "p-1", name: "A", aliases: ["a"] } },
    { label: "Event", props: { id: "e-1", name: "B", year: 2020 } },
  ];
  assert.deepEqual(entityColumns(rows), [
    ["name", "string"],
    ["aliases", "string[]"],
    ["year", "double"],
  ]);
  const mixed: EntityRow[] = [...rows, { label: "Event", props: { id: "e-2", name: "C", year: "2021" } }];
  assert.throws(
    () => entityColumns(mixed),
    /entity 3 \(e-2\), property year: string, but earlier entities hold double/,
  );
});

test("rows read back as written, labels joined by the array delimiter, newlines flagged as multiline", () => {
  const rows: EntityRow[] = [
    { label: "Person", props: { id: "p-1", name: 'Jack "Ma"', aliases: ["馬雲", "a,b"], note: "one\ntwo" } },
    { label: "Event", props: { id: "e-1", name: "x", year: 2001 } },
  ];
  const csv = entityCsv(entityColumns(rows));
  const lines = [csv.line(rows[0]!, 0)];
  assert.equal(csv.multiline, true);
  lines.push(csv.line(rows[1]!, 1));
  const parsed = parseCsv(`${csv.header}\n${lines.join("")}`);
  assert.deepEqual(parsed, [
    ["id:ID(Entity)", ":LABEL", "name:string", "aliases:string[]", "note:string", "year:double"],
    ["p-1", `Entity${ARRAY_DELIMITER}Person`, 'Jack "Ma"', `馬雲${ARRAY_DELIMITER}a,b`, "one\ntwo", ""],
    ["e-1", `Entity${ARRAY_DELIMITER}Event`, "x", "", "", "2001"],
  ]);
  assert.equal(entityCsv(entityColumns([rows[1]!])).multiline, false);

  const rels = relationshipCsv();
  const rel = rels.line({ type: "FOUNDED", from: "p-1", to: "c-1", props: { quote: "「言った」", source: "s" } }, 0);
  assert.deepEqual(parseCsv(`${rels.header}\n${rel}`), [
    [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "quote:string", "source:string", "year:double"],
    ["p-1", "c-1", "FOUNDED", "「言った」", "s", ""],
  ]);
  assert.equal(rels.multiline, false);
  const extra = { type: "FOUNDED", from: "p-1", to: "c-1", props: { quote: "q", source: "s", weight: 1 } };
  assert.throws(
    () => rels.line(extra as never, 4),
    /relationship 5 \(p-1 FOUNDED c-1\), property weight: not a column/,
  );
});

test("the generator writes the CSV files beside the JSONL, the same rows in the same order, listed in the manifest", async () => {
  const dir = mkdtempSync(join(tmpdir(), "csv-unit-"));
  try {
    const manifest = await writeDataset(dir, { entities: 300, relationships: 2_000, seed: 3 });
    assert.deepEqual(manifest.csv, {
      entities: "entities.csv",
      relationships: "relationships.csv",
      arrayDelimiter: "U+001F",
      multiline: false,
    });
    const json = (f: string) =>
      readFileSync(join(dir, f), "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const [entityHeader, ...entityRows] = parseCsv(readFileSync(join(dir, "entities.csv"), "utf8"));
    const [, ...relRows] = parseCsv(readFileSync(join(dir, "relationships.csv"), "utf8"));
    const entities = json("entities.jsonl") as unknown as EntityRow[];
    assert.equal(entityRows.length, manifest.entities);
    assert.equal(relRows.length, manifest.relationships);
    // Each CSV row holds exactly the JSONL row's values.
    const names = entityHeader!.slice(2).map((h) => h.split(":")[0]!);
    entities.forEach((row, i) => {
      const cells = entityRows[i]!;
      assert.equal(cells[0], row.props.id);
      assert.equal(cells[1], `Entity${ARRAY_DELIMITER}${row.label}`);
      names.forEach((key, k) => {
        const value = row.props[key];
        const text = Array.isArray(value) ? value.join(ARRAY_DELIMITER) : value === undefined ? "" : String(value);
        assert.equal(cells[k + 2], text, `${String(row.props.id)} ${key}`);
      });
    });
    const rels = json("relationships.jsonl");
    rels.forEach((row, i) => assert.deepEqual(relRows[i]!.slice(0, 3), [row.from, row.to, row.type]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
