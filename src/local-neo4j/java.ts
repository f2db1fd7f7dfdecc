// Checks that a Java 17+ runtime is on the PATH before anything is downloaded or started; its answer is remembered
// for as long as the same Java binary is installed, so a start does not wait for a JVM of its own first.
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { LocalNeo4jError } from "./errors.ts";

export interface JavaCheck {
  major: number;
  /** The full `java -version` text (which names the exact build). */
  version: string;
}

export function javaMajorVersion(output: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return undefined;
  const first = Number(m[1]);
  // Java 8 and older report "1.8.0_x".
  return first === 1 ? Number(m[2]) : first;
}

/** The `java` the spawned JVM will be: the first executable one on the PATH, links resolved. */
function javaOnPath(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const file = join(dir || ".", "java");
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return realpathSync(file);
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** Changes whenever the launcher or the JVM library beside it is replaced (a JDK update, another JDK chosen). */
function fingerprint(java: string): string {
  return [java, join(dirname(java), "..", "lib", "server", "libjvm.so")]
    .map((file) => {
      const s = statSync(file, { throwIfNoEntry: false });
      return s ? `${file}:${s.ino}:${s.size}:${s.mtimeMs}` : `${file}:-`;
    })
    .join("|");
}

function remembered(cacheFile: string, key: string): JavaCheck | undefined {
  try {
    const saved = JSON.parse(readFileSync(cacheFile, "utf8")) as Partial<JavaCheck> & { key?: string };
    if (saved.key === key && typeof saved.major === "number" && saved.major >= 17 && typeof saved.version === "string")
      return { major: saved.major, version: saved.version };
  } catch {
    // None yet, or unreadable: ask Java.
  }
  return undefined;
}

/**
 * The JVM's major version and `java -version` text. With a cache file, an answer for the same Java binary (same path,
 * inode, size and time) is read from it instead of starting a JVM (0.1–0.3 s, on the path of every start).
 */
export function requireJava17(cacheFile?: string): JavaCheck {
  const java = cacheFile ? javaOnPath() : undefined;
  const key = java && fingerprint(java);
  const known = cacheFile && key ? remembered(cacheFile, key) : undefined;
  if (known) return known;
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
  const checked = { major, version: `${run.stderr}${run.stdout}`.trim() };
  if (cacheFile && key) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile, JSON.stringify({ key, ...checked }));
    } catch {
      // Only a cache: the next start asks Java again.
    }
  }
  return checked;
}
