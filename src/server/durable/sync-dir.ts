// Syncs a folder, so a file just created or renamed in it keeps its name after a crash (the file's own sync holds
// only its bytes).
import { open } from "node:fs/promises";

export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the file's own sync still holds its bytes.
  } finally {
    await handle.close();
  }
}
