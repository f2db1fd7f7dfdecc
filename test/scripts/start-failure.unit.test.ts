// `npm start` whose port is taken says so and exits before anything starts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";

const root = new URL("../../", import.meta.url).pathname;

test("npm start whose port is taken exits with status 1, naming the port, before touching Neo4j", async () => {
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  const address = holder.address();
  const port = typeof address === "object" && address ? address.port : 0;
  try {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      encoding: "utf8",
      // Before the check the process built the client, then failed to listen and never ended: status null here.
      timeout: 90_000,
      // An unreachable server: the refusal must come first, so nothing ever connects.
      env: {
        ...process.env,
        PORT: String(port),
        NEO4J_URI: "bolt://127.0.0.1:1",
        NEO4J_USERNAME: "x",
        NEO4J_PASSWORD: "x",
      },
    });
    assert.equal(run.status, 1, `status ${run.status} (signal ${run.signal}); stderr:\n${run.stderr}`);
    assert.match(run.stderr, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is in use.*PORT=`));
    assert.doesNotMatch(run.stdout, /Using the Neo4j server|Building the explorer/);
  } finally {
    holder.close();
  }
});
