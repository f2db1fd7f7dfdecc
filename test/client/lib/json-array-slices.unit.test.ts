// The slices of a JSON object's arrays, found in its text: each slice parses to exactly those elements of the array
// JSON.parse of the whole text gives, whatever the strings hold (quotes, backslashes, brackets) and however spaced.
import { test } from "node:test";
import assert from "node:assert/strict";
import { jsonArraySlices, type Span } from "../../../src/client/lib/offline/json-array-slices.ts";

/** A small deterministic generator (no randomness between runs). */
function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const NASTY = ['"', "\\", "\\\\", '\\"', "[", "]", "{", "}", ",", ":", " ", "\n", "é", "馬雲", "\u2028", "x"];

function value(random: () => number, depth: number): unknown {
  const r = random();
  if (depth > 2 || r < 0.3)
    return random() < 0.5
      ? Array.from({ length: Math.floor(random() * 4) }, () => NASTY[Math.floor(random() * NASTY.length)]).join("")
      : [Math.floor(random() * 1e6) / 7, true, null, -3e-7][Math.floor(random() * 4)];
  if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => value(random, depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(random() * 4) }, (_, i) => [
      `k${i}${NASTY[i % NASTY.length]}`,
      value(random, depth + 1),
    ]),
  );
}

function document(seed: number, count: number): Record<string, unknown> {
  const random = generator(seed);
  return {
    format: "kg-explorer-snapshot",
    "nodes\\": "a decoy key",
    before: value(random, 0),
    nodes: Array.from({ length: count }, () => value(random, 0)),
    middle: { nodes: [1, 2, 3], relationships: "[not this one]" },
    relationships: Array.from({ length: count * 2 + 1 }, () => value(random, 0)),
    after: value(random, 0),
  };
}

function joined(text: string, spans: readonly Span[]): unknown[] {
  return spans.flatMap(([from, to]) => JSON.parse(`[${text.slice(from, to)}]`) as unknown[]);
}

test("each slice parses to its elements of the array, compact or spaced, for many documents", () => {
  for (let seed = 1; seed <= 60; seed++) {
    const doc = document(seed, seed % 13);
    for (const text of [JSON.stringify(doc), JSON.stringify(doc, null, seed % 2 ? 2 : "\t")]) {
      const per = 1 + (seed % 4);
      const slices = jsonArraySlices(text, ["nodes", "relationships"], per);
      assert.ok(slices, `seed ${seed}`);
      const whole = JSON.parse(text) as { nodes: unknown[]; relationships: unknown[] };
      for (const name of ["nodes", "relationships"] as const) {
        const spans: readonly Span[] = slices.get(name)!;
        assert.deepEqual(joined(text, spans), whole[name], `seed ${seed}, ${name}`);
        assert.equal(spans.length, Math.ceil(whole[name].length / per), `seed ${seed}, ${name}: slices of ${per}`);
      }
    }
  }
});

test("null when the text is not an object holding each named array", () => {
  const names = ["nodes", "relationships"];
  assert.equal(jsonArraySlices("[1, 2]", names, 2), null);
  assert.equal(jsonArraySlices('{"nodes": [1]}', names, 2), null, "one is missing");
  assert.equal(jsonArraySlices('{"nodes": [1], "relationships": 5}', names, 2), null, "one is not an array");
  assert.equal(jsonArraySlices('{"nodes": [1], "relationships": [2', names, 2), null, "the text ends early");
  assert.equal(jsonArraySlices('{"nodes": [1] "relationships": [2]}', names, 2), null, "a comma is missing");
  assert.equal(jsonArraySlices("{}", names, 2), null);
  assert.deepEqual(
    jsonArraySlices(' { "nodes" : [ ] , "relationships" : [ 7 ] } ', names, 2),
    new Map([
      ["nodes", []],
      ["relationships", [[39, 40]]],
    ]),
  );
});
