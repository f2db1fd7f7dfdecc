// Theme choice and the page keys: the URL wins, then the remembered choice, then the system preference.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  chooseTheme,
  INITIAL_THEME,
  isThemeName,
  setTheme,
  toggleTheme,
} from "../../../src/client/core/theme/index.ts";
import { parsePageOptions } from "../../../src/client/app/page-options/index.ts";
import { addToHistory, errorRange, parseHistory, splitCypherMessage } from "../../../src/client/core/editor/index.ts";

test("the theme comes from the URL, else the remembered choice, else the system", () => {
  assert.equal(chooseTheme("dark", "light", false), "dark");
  assert.equal(chooseTheme(null, "dark", false), "dark");
  assert.equal(chooseTheme("purple", "light", true), "light");
  assert.equal(chooseTheme(null, "garbage", true), "dark");
  assert.equal(chooseTheme(null, null, false), "light");
  assert.ok(isThemeName("light") && !isThemeName("Light"));
});

test("toggling flips light and dark; setting the same theme keeps the same state object", () => {
  assert.deepEqual(toggleTheme(INITIAL_THEME), { name: "dark" });
  assert.deepEqual(toggleTheme(toggleTheme(INITIAL_THEME)), { name: "light" });
  assert.equal(setTheme(INITIAL_THEME, "light"), INITIAL_THEME);
});

test("page keys: embed and present as flags, theme and query validated, anything else ignored", () => {
  assert.deepEqual(parsePageOptions("?embed=1&theme=dark&present=1&query=routes-between&nodes=a,b"), {
    embed: true,
    theme: "dark",
    present: true,
    query: "routes-between",
    live: null,
  });
  assert.deepEqual(parsePageOptions(""), { embed: false, theme: null, present: false, query: null, live: null });
  assert.deepEqual(parsePageOptions("?embed=0&theme=blue&query=../etc&present=no&live=short"), {
    embed: false,
    theme: null,
    present: false,
    query: null,
    live: null,
  });
  assert.equal(parsePageOptions("?live=F7-2YgpQxH5GoOZi").live, "F7-2YgpQxH5GoOZi");
  assert.equal(parsePageOptions("?embed").embed, true);
});

test("run history: newest first, a re-run moves to the top, at most 50, bad storage ignored", () => {
  const entry = (query: string) => ({ query, at: "2024-01-01T00:00:00Z", outcome: "1 rows" });
  let history = addToHistory([], entry("MATCH (a) RETURN a"));
  history = addToHistory(history, entry("MATCH (b) RETURN b"));
  history = addToHistory(history, entry("  MATCH (a) RETURN a  "));
  assert.deepEqual(
    history.map((h) => h.query),
    ["MATCH (a) RETURN a", "MATCH (b) RETURN b"],
  );
  for (let i = 0; i < 60; i++) history = addToHistory(history, entry(`RETURN ${i}`));
  assert.equal(history.length, 50);
  assert.equal(history[0]?.query, "RETURN 59");
  assert.deepEqual(parseHistory(JSON.stringify([entry("RETURN 1"), { query: 3 }, null])), [entry("RETURN 1")]);
  assert.deepEqual(parseHistory("{not json"), []);
  assert.deepEqual(parseHistory(null), []);
});

test("an error position marks the word Neo4j points at, one character, or the end of a line", () => {
  const text = "MATCH (n)\nRETURN n\nLIMT 3";
  assert.deepEqual(errorRange(text, { line: 3, column: 1 }), { from: 19, to: 23 });
  assert.equal(text.slice(19, 23), "LIMT");
  assert.deepEqual(errorRange(text, { line: 1, column: 7 }), { from: 6, to: 7 }, "a bracket: one character");
  assert.deepEqual(
    errorRange("MATCH (n", { line: 1, column: 9 }),
    { from: 7, to: 8 },
    "past the end: the last character",
  );
  assert.deepEqual(
    errorRange(text, { line: 9, column: 1 }),
    { from: 19, to: 23 },
    "a line past the end clamps to the last line",
  );
});

test("a syntax error reads as a headline first, with Neo4j's list of expected tokens kept apart", () => {
  assert.deepEqual(
    splitCypherMessage(
      "Invalid input 'LIMT': expected an expression, 'FOREACH' or <EOF> (line 3, column 1 (offset: 26))",
    ),
    { headline: "Invalid input 'LIMT'.", expected: "an expression, 'FOREACH' or <EOF>" },
  );
  assert.deepEqual(splitCypherMessage("Variable `m` not defined (line 1, column 17 (offset: 16))"), {
    headline: "Variable `m` not defined",
    expected: null,
  });
});
