// Reads a snapshot file of any version this explorer knows; newer or broken ones are refused with a message that says why.
import { z } from "zod";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from "./snapshot.ts";
import { SnapshotFileSchema, checkReferences, expandSnapshotFile, type SnapshotFile } from "./snapshot-file.ts";

/** Refuses anything that is not a snapshot, or one from a newer exporter, before its shape is checked. */
function checkHead(value: unknown): void {
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(value);
  if (!head.success || head.data.format !== SNAPSHOT_FORMAT) {
    throw new Error(`This is not an explorer snapshot (expected "format": "${SNAPSHOT_FORMAT}").`);
  }
  if (head.data.version > SNAPSHOT_VERSION) {
    throw new Error(
      `This snapshot is version ${head.data.version}, newer than this explorer reads (${SNAPSHOT_VERSION}). Export it again, or open it with a newer explorer.`,
    );
  }
}

/**
 * The whole check, without expanding: what the page's snapshot worker runs off the main thread. Version 1 (results
 * written in full) is a special case of the version 2 file, so one schema reads both.
 */
export function validateSnapshotFile(value: unknown): SnapshotFile {
  checkHead(value);
  const parsed = SnapshotFileSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`The snapshot is damaged: ${first.join("; ")}`);
  }
  checkReferences(parsed.data);
  return parsed.data;
}

export function parseSnapshot(value: unknown): Snapshot {
  return expandSnapshotFile(validateSnapshotFile(value));
}
