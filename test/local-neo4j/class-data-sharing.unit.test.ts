// Which class-data-sharing option a start gets: write an archive when none is finished, map it once one is.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { classDataSharing, classDataSharingArgs, promoteArchive } from "../../src/local-neo4j/class-data-sharing.ts";
import type { InstancePaths } from "../../src/local-neo4j/paths.ts";

const JAVA = 'openjdk version "17.0.15" 2025-04-15';

test("no archive: write one under a name of its own; a finished one is promoted and mapped; a fresh one waits", () => {
  const lib = mkdtempSync(join(tmpdir(), "cds-"));
  try {
    const paths = { lib } as InstancePaths;
    const [first] = classDataSharingArgs(paths, "5.26.30", JAVA);
    const written = /^-XX:ArchiveClassesAtExit=(.+\.part)$/.exec(first ?? "")?.[1];
    assert.ok(written, first);
    // A JVM still writing it (just now): not used yet, and the next start writes its own.
    writeFileSync(written, "archive bytes");
    const [second] = classDataSharingArgs(paths, "5.26.30", JAVA);
    assert.match(second ?? "", /^-XX:ArchiveClassesAtExit=/);
    assert.notEqual(second, first);
    // Finished a while ago: promoted to the shared name and mapped.
    const old = new Date(Date.now() - 120_000);
    utimesSync(written, old, old);
    const [third] = classDataSharingArgs(paths, "5.26.30", JAVA);
    assert.match(third ?? "", /^-XX:SharedArchiveFile=.*classes-neo4j-5\.26\.30-java-[0-9a-f]{12}\.jsa$/);
    // The other start's archive, once settled too, is removed: one shared archive is enough.
    const other = /ArchiveClassesAtExit=(.+)$/.exec(second ?? "")![1]!;
    writeFileSync(other, "archive bytes");
    utimesSync(other, old, old);
    assert.match(classDataSharingArgs(paths, "5.26.30", JAVA)[0] ?? "", /SharedArchiveFile/);
    assert.deepEqual(
      readdirSync(lib).filter((f) => f.endsWith(".part")),
      [],
    );
    // Another JVM build or Neo4j version needs its own archive.
    assert.match(classDataSharingArgs(paths, "5.26.30", `${JAVA} (other build)`)[0] ?? "", /ArchiveClassesAtExit/);
    assert.match(classDataSharingArgs(paths, "5.27.0", JAVA)[0] ?? "", /ArchiveClassesAtExit/);
  } finally {
    rmSync(lib, { recursive: true, force: true });
  }
});

test("the importer and each set of jars get an archive of their own; a JVM that exited normally shares its archive at once", () => {
  const lib = mkdtempSync(join(tmpdir(), "cds-"));
  try {
    const paths = { lib } as InstancePaths;
    const server = classDataSharing(paths, "5.26.30", JAVA, { classpathTag: "abc123" });
    const importer = classDataSharing(paths, "5.26.30", JAVA, { program: "neo4j-admin", classpathTag: "abc123" });
    assert.match(
      server.writing ?? "",
      /classes-neo4j-5\.26\.30-java-[0-9a-f]{12}-jars-abc123\.jsa\.[0-9a-f]{8}\.part$/,
    );
    assert.match(importer.writing ?? "", /classes-neo4j-admin-5\.26\.30-java-[0-9a-f]{12}-jars-abc123\.jsa\./);
    assert.deepEqual(server.args, [`-XX:ArchiveClassesAtExit=${server.writing}`]);
    // Its JVM exited normally: promoted now, not a minute later, and the next start maps it.
    writeFileSync(server.writing!, "archive bytes");
    promoteArchive(server.writing!);
    const next = classDataSharing(paths, "5.26.30", JAVA, { classpathTag: "abc123" });
    assert.equal(next.writing, undefined);
    assert.deepEqual(next.args, [`-XX:SharedArchiveFile=${server.writing!.replace(/\.[0-9a-f]{8}\.part$/, "")}`]);
    // Another set of jars (a copy made again, a jar fetched again) is not served by it.
    assert.ok(classDataSharing(paths, "5.26.30", JAVA, { classpathTag: "def456" }).writing);
    // A second archive finished at the same time is dropped: the shared one stays.
    writeFileSync(importer.writing!, "archive bytes");
    promoteArchive(importer.writing!);
    const other = classDataSharing(paths, "5.26.30", JAVA, { program: "neo4j-admin", classpathTag: "abc123" });
    assert.equal(other.writing, undefined);
    const late = `${other.args[0]!.replace("-XX:SharedArchiveFile=", "")}.0123abcd.part`;
    writeFileSync(late, "another");
    promoteArchive(late);
    assert.deepEqual(
      readdirSync(lib).filter((f) => f.endsWith(".part")),
      [],
    );
  } finally {
    rmSync(lib, { recursive: true, force: true });
  }
});
