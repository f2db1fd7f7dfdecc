// Class-data sharing on a real JVM and Neo4j: the signed eclipse-collections jars run as unsigned copies holding the
// same classes, the archive a start writes is mapped by the next start at once and holds those classes, and the
// offline importer writes and is given an archive of its own. Runs in a project root of its own (the fetched jars
// linked in), so its archives and copies never touch the shared ones.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importOffline, startLocal, stopLocal } from "../../src/local-neo4j/index.ts";
import { instancePaths } from "../../src/local-neo4j/paths.ts";
import { ensureJars, pinnedVersion } from "../../src/local-neo4j/jars.ts";
import { neo4jClasspath, unsignedDir } from "../../src/local-neo4j/classpath.ts";
import { isSignatureFile } from "../../src/local-neo4j/unsign-jar.ts";
import { zipFileDirectory } from "../../src/local-neo4j/zip-central.ts";
import { writeDataset } from "../../src/generate/index.ts";

const projectRoot = new URL("../../", import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), "cds-itest-"));
const version = pinnedVersion(join(projectRoot, "graph", "neo4j", "pom.xml"));
const paths = instancePaths(root, ".data/neo4j", version);
const opts = {
  root,
  dataDir: ".data/neo4j",
  port: Number(process.env.NEO4J_TEST_PORT ?? 7687) + 40,
  heap: "256m",
  pagecache: "16m",
  classDataSharing: true,
};
const SIGNED = ["eclipse-collections-11.1.0.jar", "eclipse-collections-api-11.1.0.jar"];

before(() => {
  const shared = instancePaths(projectRoot, ".data/neo4j-test", version);
  ensureJars(shared, () => {});
  mkdirSync(join(root, "graph", "neo4j"), { recursive: true });
  copyFileSync(shared.pom, paths.pom);
  mkdirSync(paths.lib, { recursive: true });
  for (const f of readdirSync(shared.lib).filter((f) => f.endsWith(".jar") || f === ".complete"))
    symlinkSync(join(shared.lib, f), join(paths.lib, f));
});

after(async () => {
  await stopLocal(opts);
  rmSync(root, { recursive: true, force: true });
});

const archives = (program: string) =>
  readdirSync(paths.lib).filter((f) => f.startsWith(`classes-${program}-${version}-`) && f.endsWith(".jsa"));

/** -Xshare:on refuses to start unless the archive maps for this classpath (the jars it was written from). */
function mapsFor(archive: string, classpath: string): string {
  const run = spawnSync("java", [`-XX:SharedArchiveFile=${archive}`, "-Xshare:on", "-cp", classpath, "-version"], {
    encoding: "utf8",
  });
  return run.status === 0 ? "" : `${run.stdout}${run.stderr}`;
}

test("the signed eclipse-collections jars run as unsigned copies with the same classes, made once", () => {
  const classpath = neo4jClasspath(paths);
  const entries = classpath.value.split(":");
  for (const jar of SIGNED) {
    const copy = join(unsignedDir(paths), jar);
    assert.ok(entries.includes(copy), `${jar} is on the classpath as its copy`);
    assert.ok(!entries.includes(join(paths.lib, jar)), `and not as fetched`);
    const original = zipFileDirectory(join(paths.lib, jar)).entries;
    const unsigned = zipFileDirectory(copy).entries;
    assert.ok(
      original.some((e) => isSignatureFile(e.name)),
      `${jar} as fetched is signed`,
    );
    assert.deepEqual(
      unsigned.filter((e) => isSignatureFile(e.name)).map((e) => e.name),
      [],
    );
    const classes = (es: typeof original) =>
      es
        .filter((e) => e.name.endsWith(".class"))
        .map((e) => `${e.name} ${e.crc32}`)
        .sort();
    assert.ok(classes(original).length > 1000);
    assert.deepEqual(classes(unsigned), classes(original));
    // The JDK's own reader finds no signer and no per-entry digest in the copy.
    const manifest = spawnSync("unzip", ["-p", copy, "META-INF/MANIFEST.MF"], { encoding: "latin1" });
    if (manifest.status === 0) {
      assert.match(manifest.stdout, /^Manifest-Version: 1\.0/);
      assert.doesNotMatch(manifest.stdout, /Digest/);
    }
  }
  // Once: a second call finds the copies it made and names the same jars.
  assert.deepEqual(neo4jClasspath(paths), classpath);
});

test("the offline importer writes an archive of its own on its first run, for its jars", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cds-itest-data-"));
  try {
    const manifest = await writeDataset(dir, { entities: 50, relationships: 200, seed: 3 });
    assert.deepEqual(archives("neo4j-admin"), []);
    await importOffline(opts, {
      database: "neo4j",
      nodes: [join(dir, manifest.csv!.entities)],
      relationships: [join(dir, manifest.csv!.relationships)],
      arrayDelimiter: manifest.csv!.arrayDelimiter,
      multiline: manifest.csv!.multiline,
      expect: { nodes: manifest.entities, relationships: manifest.relationships },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [archive, ...more] = archives("neo4j-admin");
  assert.ok(archive, "the importer's archive is there once its run ended");
  assert.deepEqual(more, []);
  assert.equal(mapsFor(join(paths.lib, archive), neo4jClasspath(paths).value), "");
});

test("a normal stop makes the archive the next start maps, and it holds the eclipse-collections classes", async () => {
  // importOffline left Neo4j running, on its first start: this stop writes and promotes the server's archive.
  await stopLocal(opts);
  const [archive] = archives("neo4j");
  assert.ok(archive, "the server's archive is there right after the stop");
  const log = join(root, "class-load.log");
  await startLocal({ ...opts, jvmOptions: [`-Xlog:class+load=info:file=${log}`] });
  await stopLocal(opts);
  const eclipse = readFileSync(log, "utf8")
    .split("\n")
    .filter((l) => / org\.eclipse\.collections\./.test(l));
  assert.ok(eclipse.length > 100, `${eclipse.length} eclipse-collections classes loaded`);
  const fromArchive = eclipse.filter((l) => l.includes("source: shared objects file"));
  // A few may be generated or first loaded late; nearly all must come from the archive, none from a signed jar.
  assert.ok(fromArchive.length > eclipse.length * 0.9, `${fromArchive.length} of ${eclipse.length} from the archive`);
});
