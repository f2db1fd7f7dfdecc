// An unsigned copy of a jar: signature files gone, the manifest's per-entry digests gone, every other entry the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { manifestWithoutDigests, sameEntries, unsignJar } from "../../src/local-neo4j/unsign-jar.ts";
import { zipDirectory } from "../../src/local-neo4j/zip-central.ts";

/** A zip of the given entries, deflated, as a jar tool writes one (no data descriptors). */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, "latin1");
    const packed = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    const entry = Buffer.concat([local, n, packed]);
    locals.push(entry);
    centrals.push(Buffer.concat([central, n]));
    offset += entry.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** An entry's text, read back through its local header as a JVM would. */
function read(jar: Buffer, name: string): string {
  const e = zipDirectory(jar).entries.find((x) => x.name === name)!;
  const start = e.localOffset + 30 + jar.readUInt16LE(e.localOffset + 26) + jar.readUInt16LE(e.localOffset + 28);
  const raw = jar.subarray(start, start + e.compressedSize);
  const data = e.record.readUInt16LE(10) === 8 ? inflateRawSync(raw) : raw;
  assert.equal(crc32(data), e.crc32, `${name}: checksum`);
  return data.toString("latin1");
}

const MANIFEST = [
  "Manifest-Version: 1.0",
  "Bundle-Description: Eclipse Collections is a collections framework for J",
  " ava.",
  "Automatic-Module-Name: org.eclipse.collections.api",
  "",
  "Name: org/eclipse/collections/api/Bag.class",
  "SHA-256-Digest: 3Xy/WqsyTmnDsmi1KI+1O4zYXyIGU1dq1pGiWWzNZyM=",
  "",
  "Name: org/eclipse/collections/api/sealed/",
  "Sealed: true",
  "SHA-256-Digest: a2Kn8SLzuMuK9Cd3PmntbBlQsmNT5J3sB7MI8TuIh1w=",
  "",
  "Name: org/eclipse/collections/api/List.class",
  "SHA-256-Digest: pR2hAJhYS0mRbp0bq9TeexnpIi9LQiuw7mMgcG8KslB11y0qEFZ0L45",
  " u0=",
  "",
  "",
].join("\r\n");

test("the manifest keeps its main section and every attribute but the digests", () => {
  assert.equal(
    manifestWithoutDigests(MANIFEST),
    [
      "Manifest-Version: 1.0",
      "Bundle-Description: Eclipse Collections is a collections framework for J",
      " ava.",
      "Automatic-Module-Name: org.eclipse.collections.api",
      "",
      "Name: org/eclipse/collections/api/sealed/",
      "Sealed: true",
      "",
    ].join("\r\n"),
  );
});

test("the copy has no signature files and no digests, and the same other entries byte for byte", () => {
  const files: Record<string, string> = {
    "META-INF/MANIFEST.MF": MANIFEST,
    "META-INF/ECLIPSE_.SF": "Signature-Version: 1.0\r\n",
    "META-INF/ECLIPSE_.RSA": "\u0030\u0082 block",
    "META-INF/services/x.Factory": "x.Impl\n",
    "org/eclipse/collections/api/Bag.class": "\u00ca\u00fe\u00ba\u00be class bytes",
    "org/eclipse/collections/api/List.class": "\u00ca\u00fe\u00ba\u00be other bytes",
  };
  const signed = zip(files);
  const copy = unsignJar(signed);
  assert.deepEqual(
    zipDirectory(copy).entries.map((e) => e.name),
    [
      "META-INF/MANIFEST.MF",
      "META-INF/services/x.Factory",
      "org/eclipse/collections/api/Bag.class",
      "org/eclipse/collections/api/List.class",
    ],
  );
  assert.equal(read(copy, "META-INF/MANIFEST.MF"), manifestWithoutDigests(MANIFEST));
  for (const name of ["META-INF/services/x.Factory", "org/eclipse/collections/api/List.class"])
    assert.equal(read(copy, name), files[name]);
  assert.equal(sameEntries(signed, copy), undefined);
  // A copy missing a class is caught.
  const fewer = Object.fromEntries(Object.entries(files).filter(([name]) => !name.endsWith("List.class")));
  assert.match(sameEntries(signed, unsignJar(zip(fewer))) ?? "", /1 entries differ/);
});
