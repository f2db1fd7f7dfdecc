// Fetches the Neo4j Community jars from Maven Central once, with the machine's Maven, into a shared lib folder.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { LocalNeo4jError } from "./errors.ts";
import type { InstancePaths } from "./paths.ts";

export function pinnedVersion(pom: string): string {
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pom, "utf8"));
  if (!m?.[1]) throw new LocalNeo4jError(`${pom}: no <neo4j.version> property found`);
  return m[1];
}

export function ensureJars(paths: InstancePaths, log: (line: string) => void): void {
  const marker = join(paths.lib, ".complete");
  if (existsSync(marker)) return;
  log(`Fetching Neo4j jars from Maven Central into ${paths.lib} (first run only)...`);
  mkdirSync(paths.lib, { recursive: true });
  const args = [
    "-B",
    "-q",
    "-f",
    paths.pom,
    "dependency:copy-dependencies",
    `-DoutputDirectory=${paths.lib}`,
    "-DincludeScope=runtime",
  ];
  const run = spawnSync("mvn", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (run.error) {
    throw new LocalNeo4jError(
      "Maven (`mvn`) was not found on the PATH; it is needed once to fetch Neo4j from Maven Central. Install Maven, or set NEO4J_URI.",
    );
  }
  if (run.status !== 0) {
    const tail = `${run.stdout}${run.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new LocalNeo4jError(`mvn ${args.join(" ")} failed (exit ${run.status}):\n${tail}`);
  }
  writeFileSync(marker, new Date().toISOString());
}
