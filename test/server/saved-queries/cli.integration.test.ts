// `npm run query` end to end: the real CLI process against the real Neo4j, in every output format, and its errors.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, it } from "node:test";
import { GraphPayloadSchema } from "../../../src/shared/index.ts";
import { testConnection } from "../../support/db.ts";

const root = new URL("../../../", import.meta.url).pathname;
const conn = testConnection();

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function query(...args: string[]): Promise<Run> {
  const env = {
    ...process.env,
    NEO4J_URI: conn.uri,
    NEO4J_USERNAME: conn.username,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
  };
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/query.ts", ...args], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** RFC 4180 reader for the test's own check: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += ch;
  }
  assert.equal(field + record.join(""), "", "the CSV ends with CRLF");
  return records;
}

describe("npm run query", () => {
  it("--list names every saved query with its parameters", async () => {
    const r = await query("--list");
    assert.equal(r.code, 0, r.stderr);
    for (const name of ["investments", "routes-between", "export-control-chain", "facts-from-sentence", "timeline"]) {
      assert.match(r.stdout, new RegExp(`^${name} +\\S`, "m"));
    }
    assert.match(r.stdout, /--param maxHops=3 {2}\(integer, default 4\)/);
  });

  it("prints an aligned table with paths drawn as a -[T]-> b", async () => {
    const r = await query("routes-between", "--param", "maxHops=4");
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split("\n");
    assert.equal(lines[0], "Every route from one entity to another");
    assert.match(lines[2]!, /^hops +via +relationshipTypes +quotes +notes +route$/);
    assert.match(lines[3]!, /^-+ +-+/);
    assert.ok(
      r.stdout.includes(
        "Jack Ma -[BROUGHT_BACK]-> Joe Tsai -[LEADS_ALONGSIDE]-> Eddie Wu -[OVERSEES]-> Qwen -[ADOPTED_BY]-> Apple",
      ),
    );
    assert.match(r.stdout, /\n13 rows, \d+ nodes, \d+ relationships \(\d+ ms\)\n$/);
  });

  it("--format json prints the GraphPayload", async () => {
    const r = await query("investments-above-yen", "-p", "minYen=5000000000000", "--format", "json");
    assert.equal(r.code, 0, r.stderr);
    const payload = GraphPayloadSchema.parse(JSON.parse(r.stdout));
    assert.equal(payload.rows?.length, 1);
    assert.equal(payload.rows?.[0]?.amount, 380_000_000_000);
    assert.equal(payload.rows?.[0]?.amountJpy, 7_800_000_000_000);
    assert.ok(payload.nodes.some((n) => n.properties.id === "alibaba-ai-infrastructure-plan"));
    assert.ok(payload.relationships.some((rel) => rel.type === "INVESTS"));
  });

  it("--format csv prints RFC 4180 CSV that reads back to the same columns and quotes", async () => {
    const r = await query("facts-from-sentence", "--param", "quote=蔡崇信を董事会主席に呼び戻し", "--format", "csv");
    assert.equal(r.code, 0, r.stderr);
    const [head, ...records] = parseCsv(r.stdout);
    assert.deepEqual(head, ["subject", "relationship", "object", "quote", "source", "note", "a", "fact", "b"]);
    assert.equal(records.length, 6);
    for (const rec of records) {
      assert.equal(rec.length, head!.length);
      assert.ok(rec[3]!.includes("蔡崇信を董事会主席に呼び戻し"));
      assert.equal(rec[7], `:${rec[1]}`);
    }
    assert.ok(records.some((rec) => rec.slice(0, 3).join(" ") === "Jack Ma BROUGHT_BACK Joe Tsai"));
  });

  it("a bad parameter value exits 1 naming the parameter", async () => {
    const r = await query("routes-between", "--param", "maxHops=three");
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /error: Parameter 'maxHops' of saved query 'routes-between': expected a whole number, got 'three'/,
    );
    assert.equal(r.stdout, "");
  });

  it("an unknown parameter, or one without '=', exits 1 naming it", async () => {
    const unknown = await query("timeline", "-p", "fromYr=2020");
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Unknown parameter 'fromYr' for saved query 'timeline' \(did you mean 'fromYear'\?\)/);
    const bare = await query("timeline", "-p", "fromYear");
    assert.equal(bare.code, 1);
    assert.match(bare.stderr, /--param 'fromYear' is not NAME=VALUE/);
  });

  it("an unknown query name exits 1 listing close names", async () => {
    const r = await query("investment");
    assert.equal(r.code, 1);
    assert.match(r.stderr, /error: No saved query named 'investment'\. Close names: investments, /);
  });

  it("a bad format is a usage error", async () => {
    const r = await query("investments", "--format", "xml");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be one of table, json, csv, got 'xml'/);
  });
});
