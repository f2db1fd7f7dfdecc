// lineOfPath: the line of a key path in a JSON text, for problems that point at the file's line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineOfPath, lineOfSyntaxError } from "../../../src/server/perspective/index.ts";

const TEXT = `{
  "format": "kg-explorer-perspective",
  "labels": {
    "Person": {
      "caption": "name",
      "color": "red",
      "details": ["a",
        "b"]
    },
    "Book": { "caption": "title" }
  },
  "escaped \\"key\\"": 1
}`;

describe("lineOfPath", () => {
  it("finds a nested key", () => {
    assert.equal(lineOfPath(TEXT, ["labels", "Person", "color"]), 6);
    assert.equal(lineOfPath(TEXT, ["labels", "Person"]), 4);
    assert.equal(lineOfPath(TEXT, ["format"]), 2);
  });
  it("finds array elements by index", () => {
    assert.equal(lineOfPath(TEXT, ["labels", "Person", "details", 0]), 7);
    assert.equal(lineOfPath(TEXT, ["labels", "Person", "details", 1]), 8);
  });
  it("finds keys on one line and keys with escapes", () => {
    assert.equal(lineOfPath(TEXT, ["labels", "Book", "caption"]), 10);
    assert.equal(lineOfPath(TEXT, ['escaped "key"']), 12);
  });
  it("points a missing key at its deepest present parent", () => {
    assert.equal(lineOfPath(TEXT, ["labels", "Book", "color"]), 10);
    assert.equal(lineOfPath(TEXT, ["labels", "Film"]), 3);
  });
  it("does not confuse a key of the same name elsewhere", () => {
    assert.equal(lineOfPath(TEXT, ["caption"]), null);
  });
  it("gives line 1 for the whole file and null for text that is not JSON", () => {
    assert.equal(lineOfPath(TEXT, []), 1);
    assert.equal(lineOfPath("{ nope", ["labels"]), null);
  });
  it("reads the line of a JSON.parse error", () => {
    const broken = '{\n  "a": 1,\n  "b": ,\n}';
    let error: unknown;
    try {
      JSON.parse(broken);
    } catch (e) {
      error = e;
    }
    assert.equal(lineOfSyntaxError(broken, error), 3);
  });
});
