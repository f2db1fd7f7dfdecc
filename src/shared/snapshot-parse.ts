// Reads a snapshot file of any version this explorer knows; newer or broken ones are refused with a message that says why.
import { z } from "zod";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, SnapshotSchema, type Snapshot } from "./snapshot.ts";
import { SnapshotFileSchema, expandSnapshotFile } from "./snapshot-file.ts";

function checked<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new Error(`The snapshot is damaged: ${first.join("; ")}`);
}

export function parseSnapshot(value: unknown): Snapshot {
  const head = z.object({ format: z.string(), version: z.number() }).safeParse(value);
  if (!head.success || head.data.format !== SNAPSHOT_FORMAT) {
    throw new Error(`This is not an explorer snapshot (expected "format": "${SNAPSHOT_FORMAT}").`);
  }
  if (head.data.version > SNAPSHOT_VERSION) {
    throw new Error(`This snapshot is version ${head.data.version}, newer than this explorer reads (${SNAPSHOT_VERSION}). Export it again, or open it with a newer explorer.`);
  }
  // Version 1 held every saved-query result in full.
  if (head.data.version === 1) return checked(SnapshotSchema, value);
  return expandSnapshotFile(checked(SnapshotFileSchema, value));
}
