// Reads the graph's perspective file once; a missing or unreadable file is a problem to report, not a crash.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import type { PerspectiveFile } from "./check-file.ts";

export async function readPerspectiveFile(path: string): Promise<PerspectiveFile> {
  const rel = relative(process.cwd(), path);
  const name = rel && !rel.startsWith("..") ? rel : path;
  try {
    return { name, text: await readFile(path, "utf8") };
  } catch (error) {
    return { name, text: null, readError: error instanceof Error ? error.message : String(error) };
  }
}
