// The Java check of every start: `java -version` is asked once per Java binary, and again when that binary changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { requireJava17 } from "../../src/local-neo4j/java.ts";

/** A `java` that counts its runs and reports the given version, first on the PATH. */
function fakeJava(dir: string, version: string, when: Date): void {
  const file = join(dir, "java");
  writeFileSync(
    file,
    `#!/bin/sh\necho run >> "${join(dir, "runs")}"\necho 'openjdk version "${version}" 2025-04-15' >&2\n`,
  );
  chmodSync(file, 0o755);
  utimesSync(file, when, when);
}

const runs = (dir: string) =>
  existsSync(join(dir, "runs")) ? readFileSync(join(dir, "runs"), "utf8").split("\n").filter(Boolean).length : 0;

test("java -version runs once per Java binary; a replaced binary is asked again, an old one refused", () => {
  const dir = mkdtempSync(join(tmpdir(), "java-check-"));
  const cache = join(dir, "cache", "java-version.json");
  const path = process.env.PATH;
  process.env.PATH = `${dir}${delimiter}${path ?? ""}`;
  try {
    fakeJava(dir, "17.0.15", new Date(Date.now() - 60_000));
    assert.equal(requireJava17(cache).major, 17);
    assert.equal(runs(dir), 1);
    const again = requireJava17(cache);
    assert.equal(again.major, 17);
    assert.match(again.version, /17\.0\.15/);
    assert.equal(runs(dir), 1, "the second start reads the answer instead of starting a JVM");

    // Another Java installed at the same place: a new answer.
    fakeJava(dir, "21.0.2", new Date());
    assert.equal(requireJava17(cache).major, 21);
    assert.equal(runs(dir), 2);

    // Too old: refused, never remembered as good.
    fakeJava(dir, "11.0.2", new Date(Date.now() + 60_000));
    assert.throws(() => requireJava17(cache), /Java 11 was found/);
    assert.throws(() => requireJava17(cache), /Java 11 was found/);
    assert.equal(runs(dir), 4);

    // Without a cache file every call asks.
    fakeJava(dir, "17.0.15", new Date(Date.now() + 120_000));
    requireJava17();
    requireJava17();
    assert.equal(runs(dir), 6);
  } finally {
    process.env.PATH = path;
    rmSync(dir, { recursive: true, force: true });
  }
});
