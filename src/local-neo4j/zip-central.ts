// Reads a jar's (zip's) central directory: each entry's name, checksum, sizes and where its bytes start. Jars only:
// no zip64 (a jar with 65,535+ entries or 4 GiB is refused), no multi-disk archives.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

export interface ZipEntry {
  name: string;
  crc32: number;
  compressedSize: number;
  size: number;
  /** Offset of its local header in the file. */
  localOffset: number;
  /** Its whole central-directory record, as read. */
  record: Buffer;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts (the end of the last entry's bytes). */
  centralOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The end record (22 bytes) and the longest comment it may carry. */
const TAIL = 22 + 0xffff;

function endRecord(tail: Buffer, file: string): { count: number; size: number; offset: number } {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const count = tail.readUInt16LE(i + 10);
    const size = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
      throw new Error(`${file}: a zip64 archive, which this reader does not handle`);
    return { count, size, offset };
  }
  throw new Error(`${file}: not a zip file (no end-of-central-directory record)`);
}

/** Parses central-directory records from `cd` (which starts at the directory). */
export function parseCentral(cd: Buffer, count: number, file: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL)
      throw new Error(`${file}: central directory record ${k + 1} of ${count} is damaged`);
    const nameLength = cd.readUInt16LE(p + 28);
    const length = 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    entries.push({
      name: cd.toString("utf8", p + 46, p + 46 + nameLength),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
      record: cd.subarray(p, p + length),
    });
    p += length;
  }
  return entries;
}

/** The directory of a zip held in memory. */
export function zipDirectory(zip: Buffer, file = "zip"): ZipDirectory {
  const end = endRecord(zip.subarray(Math.max(0, zip.length - TAIL)), file);
  return { entries: parseCentral(zip.subarray(end.offset), end.count, file), centralOffset: end.offset };
}

/** The directory of a zip file, reading only its tail and its central directory (a jar can be tens of MB). */
export function zipFileDirectory(file: string): ZipDirectory {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, TAIL);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    const end = endRecord(tail, file);
    const cd = Buffer.alloc(end.size);
    readSync(fd, cd, 0, end.size, end.offset);
    return { entries: parseCentral(cd, end.count, file), centralOffset: end.offset };
  } finally {
    closeSync(fd);
  }
}
