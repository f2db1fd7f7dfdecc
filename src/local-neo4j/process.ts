// Starts the Neo4j JVM detached from the terminal and stops it by pid.
import { spawn } from "node:child_process";
import { openSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { InstancePaths } from "./paths.ts";

export function spawnNeo4j(
  paths: InstancePaths,
  heap: string,
  classpath: string,
  jvmOptions: readonly string[] = [],
): number {
  mkdirSync(paths.logs, { recursive: true });
  const out = openSync(join(paths.logs, "console.log"), "a");
  // G1 unless the options choose another collector (two would stop the JVM).
  const gc = jvmOptions.some((o) => /^-XX:\+Use\w+GC$/.test(o)) ? [] : ["-XX:+UseG1GC"];
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...gc,
    "-Dfile.encoding=UTF-8",
    ...jvmOptions,
    // Lets the page cache use direct buffers instead of its slower fallback.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-cp",
    classpath,
    "org.neo4j.server.CommunityEntryPoint",
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
  ];
  // Detached, so Ctrl-C in the terminal reaches Node first and Node decides when Neo4j stops.
  const child = spawn("java", args, { detached: true, stdio: ["ignore", out, out] });
  child.unref();
  if (!child.pid) throw new Error("java did not start");
  return child.pid;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGTERM lets Neo4j checkpoint and release its store lock; SIGKILL only after the grace period. True when it exited
 * on its own (within the grace period), false when it had to be killed or was not running.
 */
export async function stopPid(pid: number, graceMs = 30_000): Promise<boolean> {
  if (!isAlive(pid)) return false;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (!isAlive(pid)) return true;
  process.kill(pid, "SIGKILL");
  return false;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
