// Every saved query on the real article graph: runs with its defaults and its examples, and the key answers are right.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { GraphPayload, JsonValue } from "../../../src/shared/index.ts";
import type { ReadContext } from "../../../src/server/db/read.ts";
import {
  findSavedQuery,
  loadSavedQueries,
  runSavedQuery,
  savedQueriesDir,
  type SavedQuery,
} from "../../../src/server/saved-queries/index.ts";
import { testConnection, testDriver } from "../../support/db.ts";

const driver = testDriver();
const ctx: ReadContext = { driver, database: testConnection().database, timeoutMs: 10_000 };
const limits = { maxRows: 1000, timeoutMs: 10_000 };
after(() => driver.close());

const queries = await loadSavedQueries(savedQueriesDir());
const examples = (q: SavedQuery) => Object.fromEntries(q.params.map((p) => [p.name, p.example]));
const run = (name: string, params: Record<string, unknown> = {}) =>
  runSavedQuery(ctx, findSavedQuery(queries, name), params, limits);
const rows = (p: GraphPayload) => p.rows ?? [];
const ids = (p: GraphPayload) => new Set(p.nodes.map((n) => n.properties.id));
type PathJson = { start: { properties: { id: string } }; segments: { relationship: { type: string }; end: string }[] };

/** A path as `a -T-> b -U-> c` in entity ids, to compare routes without element ids. */
function pathIds(path: JsonValue | undefined, payload: GraphPayload): string {
  const p = path as unknown as PathJson;
  const byElement = new Map(payload.nodes.map((n) => [n.id, String(n.properties.id)]));
  return p.segments.reduce(
    (text, s) => `${text} -${s.relationship.type}-> ${byElement.get(s.end)}`,
    p.start.properties.id,
  );
}

describe("every saved query", () => {
  before(() => assert.ok(queries.length >= 15));
  for (const q of queries) {
    it(`${q.name} returns rows with its defaults`, async () => {
      const payload = await run(q.name);
      assert.ok(rows(payload).length > 0, `${q.name} with defaults returned no rows`);
      assert.equal(payload.summary.timedOut, false);
      assert.equal(payload.summary.capped, false);
      assert.ok(payload.columns && payload.columns.length > 0);
    });
    if (q.params.length) {
      it(`${q.name} returns rows with its example params`, async () => {
        const payload = await run(q.name, examples(q));
        assert.ok(rows(payload).length > 0, `${q.name} with ${JSON.stringify(examples(q))} returned no rows`);
      });
    }
  }
});

describe("answers on the article graph", () => {
  it("routes from Jack Ma to Apple include Ma → Tsai → Wu → Qwen → Apple, and maxHops bounds them", async () => {
    const payload = await run("routes-between");
    const routes = rows(payload).map((r) => pathIds(r.route, payload));
    assert.ok(
      routes.includes(
        "jack-ma -BROUGHT_BACK-> joe-tsai -LEADS_ALONGSIDE-> eddie-wu -OVERSEES-> qwen -ADOPTED_BY-> apple",
      ),
      routes.join("\n"),
    );
    assert.ok(rows(payload).every((r) => (r.hops as number) <= 4));
    const short = await run("routes-between", { maxHops: "3" });
    assert.ok(rows(short).length > 0 && rows(short).every((r) => (r.hops as number) <= 3));
    assert.ok(rows(short).length < rows(payload).length);
    assert.deepEqual(rows(await run("routes-between", { maxHops: 1 })), [], "Jack Ma is not directly linked to Apple");
  });

  it("investments include Alibaba's CNY 380 billion (about 7.8 trillion yen) for AI infrastructure, largest first", async () => {
    const payload = await run("investments");
    const plan = rows(payload).find((r) => r.amount === 380_000_000_000);
    assert.ok(plan, "the 380 billion plan is listed");
    assert.equal(plan.currency, "CNY");
    assert.equal(plan.amountJpy, 7_800_000_000_000);
    assert.equal(plan.investor, "Alibaba Group");
    assert.equal(plan.goesInto, "Alibaba AI infrastructure");
    assert.equal(rows(payload)[0], plan);
    assert.equal(rows(payload).length, 7, "all seven investments, with or without amounts");
    const bytedance = rows(payload).find((r) => r.investor === "ByteDance");
    assert.deepEqual(
      [bytedance?.amount, bytedance?.currency, bytedance?.amountJpy],
      [12_000_000_000, "USD", 1_800_000_000_000],
    );
  });

  it("the yen threshold keeps only investments at or above it", async () => {
    const all = rows(await run("investments-above-yen", { minYen: 0 })).map((r) => r.amountJpy);
    assert.deepEqual(all, [7_800_000_000_000, 1_800_000_000_000, 170_000_000_000]);
    assert.deepEqual(
      rows(await run("investments-above-yen", { minYen: "2_000_000_000_000" })).map((r) => r.amountJpy),
      [7_800_000_000_000],
    );
    assert.deepEqual(
      rows(await run("investments-in-currency", { currency: "usd" })).map((r) => r.amount),
      [12_000_000_000],
    );
  });

  it("the sentence query returns exactly the facts whose quote contains the text or lies inside it", async () => {
    const text = "米国政府はNVIDIA製の先端AIチップ";
    const payload = await run("facts-from-sentence", { quote: text });
    const facts = rows(payload)
      .map((r) => `${r.subject} ${r.relationship} ${r.object}`)
      .sort();
    assert.deepEqual(facts, [
      // Its quote, 米国政府, lies inside the text.
      "US government BASED_IN United States",
      "US government IMPOSED US export controls on advanced AI chips to China",
      "US government RESTRICTS_EXPORT_OF NVIDIA H100",
      "US government RESTRICTS_EXPORT_OF NVIDIA H20",
    ]);
    assert.ok(
      rows(payload).every(
        (r) => (String(r.quote).includes(text) || text.includes(String(r.quote))) && r.source === "alibaba-ai-pivot",
      ),
    );
    assert.equal(payload.relationships.length, 4);
    assert.deepEqual(rows(await run("facts-from-sentence", { quote: "この文は記事にない" })), []);
  });

  it("the sentence query works both ways: the Apple passage, with or without 。, returns every fact resting on it", async () => {
    // The two sentences about Apple choosing Qwen, as the article has them (the second begins "これは": this was...).
    const chose =
      "2024年初めにはAppleが中国市場向けのiPhoneにAI機能を導入するにあたり、Qwenをパートナーとして選定したことが明らかになった。";
    const why =
      "これは米国などの市場でOpenAIと提携するAppleが、中国の法規制下では信頼できる現地モデルを必要とした結果であり、Qwenの性能と安定性が国際的に認められたことを示している。";
    const facts = async (quote: string) =>
      rows(await run("facts-from-sentence", { quote }))
        .map((r) => `${r.subject} ${r.relationship} ${r.object}`)
        .sort();
    const four = [
      "Apple PARTNERS_WITH OpenAI",
      "Apple REGULATED_IN China",
      "Qwen ADOPTED_BY Apple",
      "iPhone MARKETED_IN China",
    ];
    assert.deepEqual(await facts(chose + why), four);
    assert.deepEqual(await facts((chose + why).slice(0, -1)), four);
    // The first sentence alone, with or without its 。: the two facts whose quotes lie in it (the old query found 0 and 1).
    const two = ["Qwen ADOPTED_BY Apple", "iPhone MARKETED_IN China"];
    assert.deepEqual(await facts(chose), two);
    assert.deepEqual(await facts(chose.slice(0, -1)), two);
    // A part of a quote, with a stray 、 and blank, still finds the fact that quote carries.
    assert.deepEqual(await facts("Qwenを、パートナー として"), ["Qwen ADOPTED_BY Apple"]);
  });

  it("the export-control chain runs from the US government through NVIDIA's H100 and H20 to Alibaba and China", async () => {
    const payload = await run("export-control-chain");
    const seen = new Set(rows(payload).map((r) => `${r.chip} by ${r.maker} → ${r.affects}`));
    assert.deepEqual(
      [...seen].sort(),
      [
        "NVIDIA H100 by NVIDIA → China",
        "NVIDIA H100 by NVIDIA → Alibaba Group",
        "NVIDIA H20 by NVIDIA → China",
        "NVIDIA H20 by NVIDIA → Alibaba Group",
      ].sort(),
    );
    for (const id of ["us-government", "us-ai-chip-export-controls", "h100", "h20", "nvidia", "alibaba", "china"])
      assert.ok(ids(payload).has(id), id);
  });

  it("leadership: Jack Ma brought back Joe Tsai as chairman and appointed Eddie Wu as CEO", async () => {
    const moves = rows(await run("leadership-changes")).map((r) =>
      `${r.who} ${r.move} ${r.whom} ${r.role ?? ""}`.trim(),
    );
    assert.ok(moves.includes("Jack Ma BROUGHT_BACK Joe Tsai Chairman"));
    assert.ok(moves.includes("Jack Ma APPOINTED Eddie Wu CEO"));
    assert.ok(moves.includes("Jack Ma STEPPED_DOWN_FROM Alibaba Group public posts"));
  });

  it("Alibaba's rivals are DeepSeek, ByteDance and Tencent, with what each does", async () => {
    const payload = await run("rivals");
    assert.deepEqual(
      rows(payload).map((r) => r.rival),
      ["ByteDance", "DeepSeek", "Tencent"],
    );
    const bytedance = rows(payload).find((r) => r.rival === "ByteDance");
    assert.ok(
      (bytedance?.whatItDoes as string[]).some((w) => w.startsWith("INVESTS ByteDance AI chip investment 2024")),
    );
  });

  it("the timeline stays inside the years asked for, oldest first", async () => {
    const all = rows(await run("timeline")).map((r) => r.year as number);
    assert.deepEqual(all, [...all].sort());
    assert.equal(all[0], 2019);
    assert.deepEqual(
      rows(await run("timeline", { fromYear: 2024, toYear: 2024 }))
        .map((r) => `${r.subject} ${r.relationship}`)
        .sort(),
      ["ByteDance INVESTS", "Qwen ADOPTED_BY"],
    );
  });

  it("routes and models show the inference a step rests on: Eddie Wu OVERSEES Qwen carries its note", async () => {
    const routes = rows(await run("routes-between"));
    const noted = routes.flatMap((r) =>
      (r.relationshipTypes as string[]).map((type, i) => ({ type, note: (r.notes as (string | null)[])[i] ?? null })),
    );
    assert.ok(noted.some((s) => s.type === "OVERSEES" && /^Inference/.test(s.note ?? "")));
    assert.ok(
      noted.filter((s) => s.type === "ADOPTED_BY").every((s) => s.note === null),
      "a stated step has no note",
    );
    const models = rows(await run("models"));
    const wu = models.find((r) => r.who === "Eddie Wu" && r.model === "Qwen");
    assert.match(String(wu?.inference), /^Inference/);
  });

  it("inferences are the four noted facts, and the neighbourhood can leave them out", async () => {
    const inferred = rows(await run("inferences")).map((r) => `${r.subject} ${r.relationship} ${r.object}`);
    assert.deepEqual(inferred.sort(), [
      "Alibaba Group AIMS_TO_SURPASS TikTok",
      "Eddie Wu OVERSEES Qwen",
      // The article reports both appointments in one sentence; how the two work together is our reading.
      "Joe Tsai LEADS_ALONGSIDE Eddie Wu",
      "Qwen team PART_OF Alibaba Group",
    ]);
    const withAll = rows(await run("entity-neighbourhood", { entity: "eddie-wu" }));
    const stated = rows(await run("entity-neighbourhood", { entity: "eddie-wu", includeInferences: "false" }));
    assert.ok(withAll.some((r) => r.relationship === "OVERSEES" && r.neighbour === "Qwen"));
    assert.ok(!stated.some((r) => r.note !== null));
    assert.ok(withAll.some((r) => r.relationship === "LEADS_ALONGSIDE" && r.neighbour === "Joe Tsai"));
    assert.equal(withAll.length - stated.length, 2);
  });

  it("most-sourced entities put Alibaba first and honour the integer limit", async () => {
    const top = rows(await run("most-sourced-entities", { limit: "3" }));
    assert.equal(top.length, 3);
    assert.equal(top[0]?.entity, "Alibaba Group");
  });

  it("find-entity finds Jack Ma from 馬雲 and Qwen from 通義千問", async () => {
    assert.equal(rows(await run("find-entity"))[0]?.id, "jack-ma");
    assert.equal(rows(await run("find-entity", { q: "通義千問" }))[0]?.id, "qwen");
  });

  it("models: Qwen is developed by Alibaba and its team, runs Quark and the iPhone, and was adopted by Apple", async () => {
    const qwen = rows(await run("models"))
      .filter((r) => r.model === "Qwen")
      .map((r) => `${r.role}: ${r.who}`);
    for (const fact of [
      "develops it: Alibaba Group",
      "develops it: Qwen team",
      "runs on it: Quark",
      "runs on it: iPhone",
      "adopted it: Apple",
    ]) {
      assert.ok(qwen.includes(fact), fact);
    }
  });
  it("columns a journalist needs: change, byYear, capability, the team's headcount, what happened next, who works with whom", async () => {
    const investments = rows(await run("investments"));
    const capex = investments.find((r) => r.amount === 8_100_000_000);
    assert.equal(capex?.change, "more than doubled versus the previous period");
    const plan = investments.find((r) => r.amount === 380_000_000_000);
    assert.equal(plan?.byYear, 2025);
    assert.ok(investments.filter((r) => r.byYear !== null).length === 1, "only the plan runs to a year");

    const models = rows(await run("models"));
    assert.equal(models.find((r) => r.who === "Quark" && r.model === "Qwen")?.capability, "reasoning");
    assert.equal(models.find((r) => r.who === "Qwen team" && r.model === "Qwen")?.teamHeadcount, 100);
    assert.equal(models.find((r) => r.who === "Alibaba Group" && r.model === "Qwen")?.teamHeadcount, null);
    const products = rows(await run("products-and-what-powers-them"));
    assert.equal(products.find((r) => r.product === "Quark" && r.poweredBy === "Qwen")?.capability, "reasoning");

    const next = rows(await run("what-happened-next")).map((r) => `${r.event} → ${r.whatHappenedNext}`);
    assert.equal(next.length, 2);
    assert.ok(
      next.some((n) => n.endsWith("→ Alibaba leadership change")),
      next.join("\n"),
    );

    const partners = rows(await run("who-works-with-whom"));
    const pairs = partners.map((r) => `${r.who} ${r.link} ${r.withWhom}`);
    for (const pair of [
      "Apple Inc. PARTNERS_WITH OpenAI",
      "Alibaba e-commerce division PARTNERS_WITH Qwen team",
      "Joe Tsai LEADS_ALONGSIDE Eddie Wu",
    ])
      assert.ok(
        pairs.some((p) => p.replace("Apple Inc.", "Apple") === pair.replace("Apple Inc.", "Apple")),
        pair,
      );
    assert.match(String(partners.find((r) => r.link === "LEADS_ALONGSIDE")?.inference), /^Inference/);
  });

  it("no column shows text that is not what its name says", async () => {
    // The stakes give no amount: the amount column is empty, not a made-up phrase or another clause of the article.
    const stakes = rows(await run("startup-stakes"));
    assert.equal(stakes.length, 3);
    assert.ok(stakes.every((r) => r.amountAsWritten === null));
    // Every amount as written is a money amount: it names a currency unit or a size word.
    for (const r of rows(await run("investments")))
      if (r.amountAsWritten !== null) assert.match(String(r.amountAsWritten), /元|ドル|円|巨額/);
    // A year column holds the year something happened; the year a plan runs to is byYear.
    const parts = rows(await run("parts-of"));
    const plan = parts.find((r) => r.byYear === 2025);
    assert.ok(plan, "the infrastructure plan runs to 2025");
    assert.equal(plan.year, null);
    // A claim row about a plan or assessment carries the article's wording of it, which is its quote; each marked claim is listed.
    const claims = rows(await run("article-claims")).filter((r) => r.fact !== null && r.claim === r.quote);
    const planned = claims.find((r) => r.about === "ByteDance" && String(r.context).startsWith("INVESTS"));
    assert.match(String(planned?.claim), /予定/);
    assert.ok(claims.some((r) => r.about === "Qwen" && /とされる/.test(String(r.claim))));
    assert.ok(claims.length >= 7, `${claims.length} marked claims listed`);
  });
});
