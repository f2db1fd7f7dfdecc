// Checks that a Java 17+ runtime is on the PATH before anything is downloaded or started.
import { spawnSync } from "node:child_process";
import { LocalNeo4jError } from "./errors.ts";

export function javaMajorVersion(output: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return undefined;
  const first = Number(m[1]);
  // Java 8 and older report "1.8.0_x".
  return first === 1 ? Number(m[2]) : first;
}

/** The JVM's major version and its full `java -version` text (which names the exact build). */
export function requireJava17(): { major: number; version: string } {
  const run = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (run.error) {
    throw new LocalNeo4jError(
      "Java was not found on the PATH. The bundled Neo4j needs a JDK 17 or newer (e.g. `apt-get install openjdk-17-jre-headless`), or set NEO4J_URI to use your own Neo4j server.",
    );
  }
  const major = javaMajorVersion(`${run.stderr}${run.stdout}`);
  if (major === undefined || major < 17) {
    throw new LocalNeo4jError(
      `Java ${major ?? "(unknown version)"} was found, but the bundled Neo4j 5.26 needs Java 17 or newer. Install a JDK 17+, or set NEO4J_URI to use your own Neo4j server.`,
    );
  }
  return { major, version: `${run.stderr}${run.stdout}`.trim() };
}
