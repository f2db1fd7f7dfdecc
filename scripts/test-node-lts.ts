// `npm run test:node-lts`: the unit tier under each current Node LTS line (22, 24), with Node from the npm registry's
// `node` package, so support beyond the machine's own Node is tested, not assumed.
import { execFileSync, spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { runCli } from "./cli.ts";

const root = resolve(import.meta.dirname, "..");
const LINES = ["22", "24"];

await runCli(async () => {
  const failed: string[] = [];
  for (const line of LINES) {
    const node = execFileSync("npx", ["-y", "-p", `node@${line}`, "which", "node"], { encoding: "utf8" }).trim();
    const version = execFileSync(node, ["--version"], { encoding: "utf8" }).trim();
    console.log(`Unit tier on Node ${version}`);
    const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");
    const run = spawnSync(node, [tsx, "scripts/test.ts", "unit"], { cwd: root, stdio: "inherit" });
    if (run.status !== 0) failed.push(version);
  }
  if (failed.length) throw new Error(`The unit tier failed on Node ${failed.join(", ")}`);
});
