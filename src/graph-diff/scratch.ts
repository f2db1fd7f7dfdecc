// A private scratch Neo4j for one diff: its own data folder under .data/scratch, its own port, deleted afterwards,
// so neither the user's database nor a graph folder's own one is ever loaded into.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { localConnection, startLocal, stopLocal } from "../local-neo4j/index.ts";
import type { Connection } from "../server/db/connection.ts";

export interface ScratchOptions {
  root: string;
  port: number;
  heap: string;
  pagecache: string;
  log: (line: string) => void;
}

export interface Scratch {
  connection: Connection;
  pid: number;
  close: () => Promise<void>;
}

export async function openScratch(options: ScratchOptions): Promise<Scratch> {
  const dataDir = `.data/scratch/diff-${process.pid}-${Date.now().toString(36)}/neo4j`;
  const opts = { ...options, dataDir };
  const remove = () => rmSync(dirname(join(options.root, dataDir)), { recursive: true, force: true });
  let pid: number;
  try {
    pid = (await startLocal(opts)).state.pid;
  } catch (error) {
    remove();
    throw error;
  }
  // Ctrl-C mid-diff would otherwise leave the scratch JVM running and its folder behind.
  const interrupted = (signal: NodeJS.Signals) => {
    void stopLocal(opts)
      .catch(() => undefined)
      .finally(() => {
        remove();
        process.exit(signal === "SIGINT" ? 130 : 143);
      });
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  return {
    pid,
    connection: localConnection(opts),
    close: async () => {
      process.off("SIGINT", interrupted);
      process.off("SIGTERM", interrupted);
      await stopLocal(opts);
      remove();
    },
  };
}
