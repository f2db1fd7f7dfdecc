// A timed-out ad-hoc query's slot: the server ends its own transaction in Neo4j at once instead of waiting for
// Neo4j's timeout check, so the next query finds the slot free.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Driver } from "neo4j-driver";
import { testConnection, testDriver } from "../../support/db.ts";
import { createAdhocSlots } from "../../../src/server/cypher/adhoc-slots.ts";

const database = testConnection().database;
let driver: Driver;

before(() => {
  driver = testDriver();
});
after(async () => {
  await driver?.close();
});

async function listed(tag: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.explorerAdhoc = $tag RETURN count(*) AS n",
    { tag },
    { database },
  );
  return Number(records[0]!.get("n"));
}

test("a timed-out query that Neo4j would run on for minutes is terminated, and its slot is free again", async () => {
  const lines: string[] = [];
  const slots = createAdhocSlots({ driver, database, limit: 1, log: (l) => lines.push(l) });
  const query =
    "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE x + y < 0 RETURN count(x) AS c";
  const slot = slots.acquire(query);
  // No transaction timeout at all: only the server's termination can end it (ten billion rows take many minutes).
  const session = driver.session({ database });
  const tx = session.beginTransaction({ metadata: slot.metadata });
  const outcome = tx.run(query).then(
    () => "finished",
    (error: { code?: string }) => error.code ?? "failed",
  );
  try {
    const tag = slot.metadata.explorerAdhoc!;
    while ((await listed(tag)) === 0) await new Promise((r) => setTimeout(r, 50));
    assert.throws(() => slots.acquire("RETURN 1"), /at most 1 ad-hoc query/, "the slot is taken while it runs");
    await slot.finish(true);
    assert.equal(slots.inUse, 0, `the slot is free again; log: ${lines.join(" | ")}`);
    assert.equal(await listed(tag), 0, "Neo4j no longer lists the transaction");
    assert.match(await outcome, /Terminated/i, "the query itself was terminated, not finished");
    await slots.acquire("RETURN 1").finish(false);
  } finally {
    await session.close().catch(() => {});
    slots.close();
  }
});
