// What the figures were measured on: CPU, memory, versions, and how busy the machine was meanwhile.
import { cpus, loadavg, release, totalmem } from "node:os";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  driver: string;
  fastify: string;
}

const versionOf = (root: string, pkg: string) =>
  (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

export function machineInfo(root: string, neo4jVersion: string): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `Linux ${release()}`,
    node: process.version,
    neo4j: `Community ${neo4jVersion}`,
    driver: versionOf(root, "neo4j-driver"),
    fastify: versionOf(root, "fastify"),
  };
}

/** One-minute load average: other work on a shared 2-core machine shows up in every figure. */
export const load1 = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
