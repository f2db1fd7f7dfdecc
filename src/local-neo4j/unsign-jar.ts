// An unsigned copy of a signed jar: its signature files dropped and its manifest's per-entry digests removed, every
// other entry's bytes copied as they are (not recompressed). The JVM does not archive classes of signed jars for
// class-data sharing, so a start reads them from the jar and checks their digests each time.
import { crc32, inflateRawSync } from "node:zlib";
import { zipDirectory, type ZipEntry } from "./zip-central.ts";

const MANIFEST = "META-INF/MANIFEST.MF";

/** A signature file of the jar signing scheme: META-INF/*.SF, its block (.RSA, .DSA, .EC) and META-INF/SIG-*. */
export const isSignatureFile = (name: string) =>
  /^META-INF\/[^/]+\.(SF|RSA|DSA|EC)$/i.test(name) || /^META-INF\/SIG-[^/]+$/i.test(name);

/** The main section as it was, and the per-entry sections without their digests (dropped when nothing else is left). */
export function manifestWithoutDigests(text: string): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const sections: string[][] = [[]];
  for (const line of text.split(/\r?\n/)) {
    if (line !== "") sections.at(-1)!.push(line);
    else if (sections.at(-1)!.length) sections.push([]);
  }
  const kept = sections
    .filter((s) => s.length)
    .map((section, i) => (i === 0 ? section : withoutDigests(section)))
    .filter((section, i) => i === 0 || section.some((l) => !/^Name:/i.test(l) && !l.startsWith(" ")));
  return kept.map((s) => s.join(eol) + eol).join(eol);
}

/** An attribute is its line and the continuation lines (starting with a space) after it. */
function withoutDigests(section: string[]): string[] {
  const out: string[] = [];
  let dropping = false;
  for (const line of section) {
    if (!line.startsWith(" ")) dropping = /^[\w-]+-Digest(-Manifest(-Main-Attributes)?)?:/i.test(line);
    if (!dropping) out.push(line);
  }
  return out;
}

function entryData(jar: Buffer, entry: ZipEntry): Buffer {
  const start =
    entry.localOffset + 30 + jar.readUInt16LE(entry.localOffset + 26) + jar.readUInt16LE(entry.localOffset + 28);
  const raw = jar.subarray(start, start + entry.compressedSize);
  const method = entry.record.readUInt16LE(10);
  if (method === 0) return raw;
  if (method === 8) return inflateRawSync(raw);
  throw new Error(`${entry.name}: compression method ${method} is not handled`);
}

/** A stored (uncompressed) entry in place of `old`: its local header and data, and its central record. */
function storedEntry(old: ZipEntry, data: Buffer, offset: number): { local: Buffer; central: Buffer } {
  const name = Buffer.from(old.name, "utf8");
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(0, 6); // flags: sizes in the header, no data descriptor
  local.writeUInt16LE(0, 8); // stored
  old.record.copy(local, 10, 12, 16); // time and date as they were
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  old.record.copy(central, 4, 4, 6); // made by
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(0, 10);
  old.record.copy(central, 12, 12, 16);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  old.record.copy(central, 38, 38, 42); // external attributes
  central.writeUInt32LE(offset, 42);
  return { local: Buffer.concat([local, name, data]), central: Buffer.concat([central, name]) };
}

/** The jar without its signature; entries keep their order, bytes and checksums (the manifest is rewritten, stored). */
export function unsignJar(jar: Buffer, file = "jar"): Buffer {
  const { entries, centralOffset } = zipDirectory(jar, file);
  const inOrder = entries.toSorted((a, b) => a.localOffset - b.localOffset);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  inOrder.forEach((entry, i) => {
    if (isSignatureFile(entry.name)) return;
    if (entry.name === MANIFEST) {
      // Latin-1 keeps every byte as it was (a line break may fall inside a UTF-8 character).
      const text = manifestWithoutDigests(entryData(jar, entry).toString("latin1"));
      const stored = storedEntry(entry, Buffer.from(text, "latin1"), offset);
      parts.push(stored.local);
      central.push(stored.central);
      offset += stored.local.length;
      return;
    }
    // An entry's bytes run to the next entry's header (its data descriptor, if any, included).
    const bytes = jar.subarray(entry.localOffset, inOrder[i + 1]?.localOffset ?? centralOffset);
    const record = Buffer.from(entry.record);
    record.writeUInt32LE(offset, 42);
    parts.push(bytes);
    central.push(record);
    offset += bytes.length;
  });
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * Why `copy` does not hold the same entries as `source` apart from the signature and the manifest (name, checksum and
 * size of each), or undefined when it does.
 */
export function sameEntries(source: Buffer, copy: Buffer): string | undefined {
  const key = (e: ZipEntry) => `${e.name} ${e.crc32} ${e.size}`;
  const of = (zip: Buffer) =>
    zipDirectory(zip)
      .entries.filter((e) => e.name !== MANIFEST && !isSignatureFile(e.name))
      .map(key);
  const a = of(source);
  const b = of(copy);
  const inCopy = new Set(b);
  const missing = a.filter((k) => !inCopy.has(k));
  if (missing.length || a.length !== b.length)
    return `${missing.length} entries differ (${a.length} in the source, ${b.length} in the copy)`;
  return undefined;
}
