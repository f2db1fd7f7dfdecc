// The shared time rules: parsing the three forms, refusing malformed dates, ordering, and "true as of a date".
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  asOfDay,
  compareTimes,
  describeTime,
  factStatus,
  parseTime,
  stepDate,
  timeOf,
  type TimeValue,
} from "../../src/shared/index.ts";

function value(text: string): TimeValue {
  const parsed = parseTime(text);
  assert.ok(parsed.ok, `${text} parses: ${parsed.ok ? "" : parsed.reason}`);
  return parsed.value;
}

test("a point covers its year, month or day", () => {
  assert.deepEqual(value("2019"), { kind: "point", text: "2019", start: "2019-01-01", end: "2019-12-31" });
  assert.deepEqual(value("2024-02"), { kind: "point", text: "2024-02", start: "2024-02-01", end: "2024-02-29" });
  assert.deepEqual(value("2023-02"), { kind: "point", text: "2023-02", start: "2023-02-01", end: "2023-02-28" });
  assert.deepEqual(value("2024-01-15"), { kind: "point", text: "2024-01-15", start: "2024-01-15", end: "2024-01-15" });
});

test("a period has a start and an end, either of which may be open", () => {
  assert.deepEqual(value("2023/2025"), { kind: "period", text: "2023/2025", start: "2023-01-01", end: "2025-12-31" });
  assert.deepEqual(value("../2025"), { kind: "period", text: "../2025", start: null, end: "2025-12-31" });
  assert.deepEqual(value("2023-06/.."), { kind: "period", text: "2023-06/..", start: "2023-06-01", end: null });
});

test("an approximate time is a window marked with ~", () => {
  assert.deepEqual(value("~2024-01/2024-03"), {
    kind: "approximate",
    text: "~2024-01/2024-03",
    start: "2024-01-01",
    end: "2024-03-31",
  });
  assert.equal(value("~2024").kind, "approximate");
});

test("malformed dates are refused with the reason", () => {
  const cases: Array<[unknown, RegExp]> = [
    ["2024-13", /month 13/],
    ["2023-02-29", /day 29 .* 2023-02/],
    ["early 2024", /not a date/],
    ["24", /not a date/],
    ["2025/2023", /ends before it starts/],
    ["../..", /at least one end/],
    ["~2024/..", /both ends/],
    ["2019/2020/2021", /more than one/],
    [" 2019", /spaces/],
    ["", /empty/],
    [2019, /expected a string, got number/],
  ];
  for (const [input, reason] of cases) {
    const parsed = parseTime(input);
    assert.equal(parsed.ok, false, `${String(input)} is refused`);
    if (!parsed.ok) assert.match(parsed.reason, reason, String(input));
  }
});

test("as of a date: points and approximate times hold from their start, periods end", () => {
  const stepDown = value("2019");
  assert.equal(factStatus(stepDown, asOfDay("2018")!), "not-yet");
  assert.equal(factStatus(stepDown, asOfDay("2019")!), "current", "as of 2019 means by the end of 2019");
  assert.equal(factStatus(stepDown, asOfDay("2019-01-01")!), "current");
  assert.equal(factStatus(stepDown, asOfDay("2030")!), "current", "a point never ends");
  const apple = value("~2024-01/2024-03");
  assert.equal(factStatus(apple, asOfDay("2023-12")!), "not-yet");
  assert.equal(factStatus(apple, asOfDay("2024-02")!), "current");
  assert.equal(factStatus(apple, asOfDay("2026")!), "current");
  const plan = value("2023/2025");
  assert.equal(factStatus(plan, asOfDay("2022-12-31")!), "not-yet");
  assert.equal(factStatus(plan, asOfDay("2025")!), "current");
  assert.equal(factStatus(plan, asOfDay("2026-01")!), "ended");
  assert.equal(factStatus(value("../2025"), asOfDay("1990")!), "current", "an open start holds from the beginning");
  assert.equal(asOfDay("2024-13"), null);
});

test("facts sort oldest first, open starts by their end, and the step date is when each begins", () => {
  const texts = ["~2024-01/2024-03", "../2025", "2023", "2019", "2023/2025", "2024"];
  const sorted = texts.map(value).sort(compareTimes);
  assert.deepEqual(
    sorted.map((v) => v.text),
    ["2019", "2023", "2023/2025", "~2024-01/2024-03", "2024", "../2025"],
  );
  assert.deepEqual(sorted.map(stepDate), ["2019", "2023", "2023", "2024-03", "2024", "2025"]);
  assert.equal(describeTime(value("../2025")), "until 2025");
  assert.equal(describeTime(value("~2024-01/2024-03")), "around 2024-01 to 2024-03");
});

test("timeOf reads the when property and ignores a missing or invalid one", () => {
  assert.equal(timeOf({ when: "2019" })?.kind, "point");
  assert.equal(timeOf({ year: 2019 }), null);
  assert.equal(timeOf({ when: "someday" }), null);
});
