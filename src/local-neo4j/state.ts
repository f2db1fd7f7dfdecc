// Reads and writes state.json, the record of which pid and port this instance runs on.
import { readFileSync, writeFileSync, rmSync, existsSync } from "node:fs";
import type { LocalState } from "./types.ts";
import type { InstancePaths } from "./paths.ts";
import { isAlive } from "./process.ts";

export function readState(paths: InstancePaths): LocalState | undefined {
  if (!existsSync(paths.state)) return undefined;
  try {
    return JSON.parse(readFileSync(paths.state, "utf8")) as LocalState;
  } catch {
    return undefined;
  }
}

/** The recorded state, only while its process is still alive. */
export function liveState(paths: InstancePaths): LocalState | undefined {
  const state = readState(paths);
  return state && isAlive(state.pid) ? state : undefined;
}

export function writeState(paths: InstancePaths, state: LocalState): void {
  writeFileSync(paths.state, JSON.stringify(state, null, 2));
}

export function clearState(paths: InstancePaths): void {
  rmSync(paths.state, { force: true });
}
