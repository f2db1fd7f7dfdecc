// The diff of two versions of a generated graph (B = A with 1% of its facts changed): time of each step and peak
// memory, with the two loads it cannot avoid as the peer measured in the same run.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { writeDataset } from "../../generate/index.ts";
import { pinnedVersion } from "../../local-neo4j/jars.ts";
import { runDiff, type DiffTimings } from "../../graph-diff/index.ts";
import type { GraphDiff } from "../../shared/index.ts";
import { load1, machineInfo, type MachineInfo } from "../machine.ts";
import { mutateDataset, type Mutation } from "./mutate.ts";
import type { MemoryPeaks } from "./memory.ts";
import { sampleMemory } from "./memory.ts";

export interface DiffBenchOptions {
  root: string;
  entities: number;
  relationships: number;
  seed: number;
  runs: number;
  heap: string;
  pagecache: string;
  log: (line: string) => void;
}

export interface DiffBenchRun {
  timings: DiffTimings;
  memory: MemoryPeaks;
  summary: GraphDiff["summary"];
  jsonMiB: number;
}

export interface DiffBenchResult {
  machine: MachineInfo;
  load1: number[];
  entities: number;
  relationships: number;
  mutation: Mutation;
  heap: string;
  pagecache: string;
  runs: DiffBenchRun[];
}

/** The diff must find exactly the changes made, or the figure would time a wrong answer. */
function check(summary: GraphDiff["summary"], m: Mutation): void {
  const want = {
    nodes: { added: 0, removed: 0, changed: m.entitiesChanged, rekeyed: m.entitiesRekeyed },
    relationships: { added: m.relationshipsAdded, removed: m.relationshipsRemoved, changed: m.relationshipsChanged },
  };
  if (JSON.stringify(summary) !== JSON.stringify(want))
    throw new Error(`The diff found ${JSON.stringify(summary)}, but B was made with ${JSON.stringify(want)}.`);
}

export async function runDiffBench(o: DiffBenchOptions): Promise<DiffBenchResult> {
  const loads = [load1()];
  const a = resolve(o.root, ".data/generated", `e${o.entities}-r${o.relationships}-s${o.seed}`);
  const b = `${a}-diff1pct`;
  if (!existsSync(resolve(a, "manifest.json"))) {
    o.log(`Generating ${o.entities} entities and ${o.relationships} relationships into ${a}`);
    await writeDataset(a, { entities: o.entities, relationships: o.relationships, seed: o.seed });
  }
  const mutation = await mutateDataset(a, b);
  o.log(`B: ${JSON.stringify(mutation)}`);
  const runs: DiffBenchRun[] = [];
  for (let i = 0; i < o.runs; i++) {
    o.log(`Run ${i + 1} of ${o.runs}`);
    const memory = sampleMemory();
    const { diff, timings } = await runDiff(
      a,
      b,
      { cwd: o.root, path: "graph", root: o.root, port: 7796, heap: o.heap, pagecache: o.pagecache, log: o.log },
      memory.watch,
    );
    const peaks = memory.stop();
    check(diff.summary, mutation);
    const jsonMiB = Buffer.byteLength(JSON.stringify(diff)) / 2 ** 20;
    runs.push({ timings, memory: peaks, summary: diff.summary, jsonMiB });
    loads.push(load1());
    o.log(`  ${JSON.stringify(timings)} ${JSON.stringify(peaks)}`);
  }
  return {
    machine: machineInfo(o.root, pinnedVersion(resolve(o.root, "graph/neo4j/pom.xml"))),
    load1: loads,
    entities: o.entities,
    relationships: o.relationships,
    mutation,
    heap: o.heap,
    pagecache: o.pagecache,
    runs,
  };
}
