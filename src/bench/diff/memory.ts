// Peak resident memory of this process and of another (the scratch Neo4j's JVM), sampled from /proc while a step runs.
import { readFileSync } from "node:fs";

function rssMiB(pid: number | "self"): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

export interface MemoryPeaks {
  nodeRssMiB: number;
  nodeHeapMiB: number;
  neo4jRssMiB: number;
}

export function sampleMemory(everyMs = 200) {
  const peaks: MemoryPeaks = { nodeRssMiB: 0, nodeHeapMiB: 0, neo4jRssMiB: 0 };
  let other: number | undefined;
  const sample = () => {
    peaks.nodeRssMiB = Math.max(peaks.nodeRssMiB, rssMiB("self"));
    peaks.nodeHeapMiB = Math.max(peaks.nodeHeapMiB, process.memoryUsage().heapUsed / 2 ** 20);
    if (other !== undefined) peaks.neo4jRssMiB = Math.max(peaks.neo4jRssMiB, rssMiB(other));
  };
  const timer = setInterval(sample, everyMs);
  return {
    watch: (pid: number) => void (other = pid),
    stop: (): MemoryPeaks => {
      sample();
      clearInterval(timer);
      return peaks;
    },
  };
}
