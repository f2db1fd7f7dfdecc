// CLI output: CSV quoting per RFC 4180, aligned tables with Japanese text, paths drawn with their directions, close names.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { GraphPayload, WireNode, WireRelationship } from "../../../src/shared/index.ts";
import {
  csvField,
  findSavedQuery,
  formatCsv,
  formatList,
  formatTable,
  type SavedQuery,
} from "../../../src/server/saved-queries/index.ts";
import { NotFoundError } from "../../../src/server/errors.ts";
import { displayWidth } from "../../../src/server/saved-queries/text-width.ts";

const node = (id: string, name: string): WireNode => ({
  id,
  labels: ["Entity", "Person"],
  properties: { id: name.toLowerCase().replace(/ /g, "-"), name },
});
const rel = (id: string, type: string, start: string, end: string): WireRelationship => ({
  id,
  type,
  start,
  end,
  properties: { quote: "q" },
});

const ma = node("e:1", "Jack Ma");
const tsai = node("e:2", "Joe Tsai");
const wu = node("e:3", "Eddie Wu");
const broughtBack = rel("r:1", "BROUGHT_BACK", "e:1", "e:2");
const aide = rel("r:2", "CLOSE_AIDE_OF", "e:2", "e:1");
const alongside = rel("r:3", "LEADS_ALONGSIDE", "e:2", "e:3");

/** Ma -> Tsai -> Wu, then a hop walked against its direction: Tsai <-[CLOSE_AIDE_OF]- ... written from Wu back. */
const path = {
  start: ma,
  end: wu,
  segments: [
    { start: "e:1", relationship: broughtBack, end: "e:2" },
    { start: "e:2", relationship: alongside, end: "e:3" },
  ],
};
const backwards = { start: ma, end: tsai, segments: [{ start: "e:1", relationship: aide, end: "e:2" }] };

const payload: GraphPayload = {
  nodes: [ma, tsai, wu],
  relationships: [broughtBack, aide, alongside],
  columns: ["who", "amount", "quote", "person", "step", "route", "list", "none"],
  rows: [
    {
      who: "Jack Ma",
      amount: 380000000000,
      quote: '彼は「側近」, said "so"\nthen',
      person: ma,
      step: broughtBack,
      route: path,
      list: ["a", 1],
      none: null,
    },
    { who: "馬雲", amount: 2019, quote: "short", person: tsai, step: aide, route: backwards, list: [], none: null },
  ],
  summary: { resultAvailableAfterMs: 1, capped: false, timedOut: false, rowCount: 2 },
};

describe("formatTable", () => {
  const lines = formatTable(payload).split("\n");

  it("shows nodes by name, relationships by type and paths as a -[T]-> b, in both directions", () => {
    assert.match(lines[2]!, /Jack Ma -\[BROUGHT_BACK\]-> Joe Tsai -\[LEADS_ALONGSIDE\]-> Eddie Wu/);
    assert.match(lines[3]!, /Jack Ma <-\[CLOSE_AIDE_OF\]- Joe Tsai/);
    assert.match(lines[2]!, /:BROUGHT_BACK/);
    assert.match(lines[3]!, /Joe Tsai/);
  });

  it("groups the digits of large numbers but not of years, and flattens newlines", () => {
    assert.match(lines[2]!, /380,000,000,000/);
    assert.match(lines[3]!, /\b2019\b/);
    assert.ok(!lines[2]!.includes("\n"));
  });

  it("aligns columns by terminal width, counting Japanese characters as two cells", () => {
    const col = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    assert.equal(col(lines[0]!, "amount"), col(lines[2]!, "380,000"));
    assert.equal(col(lines[0]!, "amount"), col(lines[3]!, "2019"));
    assert.equal(col(lines[0]!, "person"), col(lines[3]!, "Joe Tsai"));
  });

  it("cuts long cells with an ellipsis", () => {
    const long: GraphPayload = { ...payload, columns: ["t"], rows: [{ t: "あ".repeat(100) }] };
    const row = formatTable(long, { maxCellWidth: 10 }).split("\n")[2]!;
    assert.equal(row, "ああああ…");
  });
});

describe("formatCsv", () => {
  it("quotes fields with commas, quotes and line breaks, and ends lines with CRLF", () => {
    assert.equal(csvField("plain"), "plain");
    assert.equal(csvField("a,b"), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField("two\nlines"), '"two\nlines"');
    const csv = formatCsv(payload);
    assert.ok(csv.endsWith("\r\n"));
    const [head, first] = csv.split("\r\n");
    assert.equal(head, "who,amount,quote,person,step,route,list,none");
    assert.equal(
      first,
      'Jack Ma,380000000000,"彼は「側近」, said ""so"" then",Jack Ma,:BROUGHT_BACK,Jack Ma -[BROUGHT_BACK]-> Joe Tsai -[LEADS_ALONGSIDE]-> Eddie Wu,"a, 1",',
    );
  });
});

describe("findSavedQuery and formatList", () => {
  const q = (name: string): SavedQuery => ({
    name,
    title: `T ${name}`,
    description: "d",
    tags: [],
    cypher: "RETURN 1",
    params: [],
  });
  const queries = [q("routes-between"), q("rivals"), q("timeline"), q("investments-above-yen")];

  it("finds by exact name and lists close names on a miss", () => {
    assert.equal(findSavedQuery(queries, "rivals").name, "rivals");
    assert.throws(
      () => findSavedQuery(queries, "routes-betwen"),
      (err: unknown) => {
        assert.ok(err instanceof NotFoundError);
        assert.equal(err.message, "No saved query named 'routes-betwen'. Close names: routes-between.");
        return true;
      },
    );
    assert.throws(() => findSavedQuery(queries, "investments"), /Close names: investments-above-yen\./);
    assert.throws(
      () => findSavedQuery(queries, "zzz"),
      /Saved queries: routes-between, rivals, timeline, investments-above-yen\./,
    );
  });

  it("lists each query with its parameters as they are typed", () => {
    const withParam: SavedQuery = {
      ...q("find-entity"),
      params: [{ name: "q", type: "string", default: "馬雲", example: "jack ma", description: "Name" }],
    };
    const text = formatList([withParam, q("rivals")]);
    assert.match(
      text,
      /^find-entity  T find-entity\n {13}--param q='jack ma' {2}\(string, default 馬雲\) Name\nrivals {7}T rivals$/,
    );
  });
});
