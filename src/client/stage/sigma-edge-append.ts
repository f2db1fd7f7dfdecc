// When only edges were added since Sigma last processed its graph (a big first view's edge slices), Sigma adds just
// those edges to its programs instead of reprocessing every node and edge it holds on the next frame.
import type Sigma from "sigma";
import { sigmaInternals, type ProgramInternals as Program } from "./sigma-internals.ts";

/** Edges drawn by one program. */
const capacityOf = (program: Program): number =>
  program.programs ? capacityOf(program.programs[0]!) : program.capacity;

/** Grows a program to `capacity` items, keeping the items it holds (Sigma's own reallocate starts from zeros). */
function grow(program: Program, capacity: number): void {
  if (program.programs) return program.programs.forEach((inner) => grow(inner, capacity));
  const kept = program.array;
  program.reallocate(capacity);
  program.array.set(kept.subarray(0, Math.min(kept.length, program.array.length)));
}

/** Counts of what `process()` did, for tests and profiles: full passes and edges appended. */
export interface EdgeAppendStats {
  full: number;
  appended: number;
}

/**
 * Wraps the renderer's process(): a full pass as before when anything but added edges changed since the last one
 * (nodes, attributes, drops, settings: any full refresh), else the new edges appended after those its programs
 * hold, with fresh picking ids (a full pass numbers nodes, then edges, in insertion order). Only without `zIndex`
 * (with it, where an edge goes in its program depends on every edge). Counts into `stats` (returned). A Sigma
 * without the private parts this needs (sigma-internals.ts) is left as it is: its own full passes.
 */
export function appendAddedEdges(sigma: Sigma, stats: EdgeAppendStats = { full: 0, appended: 0 }): EdgeAppendStats {
  const internals = sigmaInternals(sigma);
  if (!internals) return stats;
  const graph = sigma.getGraph();
  let clean = false;
  let pending = new Set<string>();
  let nextId = 0;
  // Before Sigma's own listener, which asks for a refresh of the new edge at once.
  graph.prependListener("edgeAdded", ({ key }: { key: string }) => void pending.add(key));
  for (const event of [
    "nodeAdded",
    "nodeDropped",
    "edgeDropped",
    "cleared",
    "edgesCleared",
    "nodeAttributesUpdated",
    "edgeAttributesUpdated",
    "eachNodeAttributesUpdated",
    "eachEdgeAttributesUpdated",
  ] as const)
    graph.on(event, () => (clean = false));

  const refresh = internals.refresh.bind(sigma);
  internals.refresh = (opts) => {
    // Sigma's own answer to an added edge re-reduces just that edge; any other refresh that asks for a process
    // (a full one, even with skipIndexation; a partial one that re-indexes) means more than new edges to add.
    const partial = opts?.partialGraph;
    const newEdgesOnly = partial && !partial.nodes?.length && (partial.edges ?? []).every((e) => pending.has(e));
    if (!partial || (!opts.skipIndexation && !newEdgesOnly)) clean = false;
    return refresh(opts);
  };

  const full = internals.process.bind(sigma);
  const append = (): boolean => {
    const byProgram = new Map<Program, string[]>();
    for (const edge of pending) {
      const program = internals.edgePrograms[internals.edgeDataCache[edge]?.type ?? ""];
      if (!program || !graph.hasEdge(edge)) return false;
      const edges = byProgram.get(program);
      if (edges) edges.push(edge);
      else byProgram.set(program, [edge]);
    }
    for (const [program, edges] of byProgram) {
      let position = capacityOf(program);
      grow(program, position + edges.length);
      for (const edge of edges) {
        const id = nextId++;
        internals.edgeIndices[edge] = id;
        internals.itemIDsIndex[id] = { type: "edge", id: edge };
        internals.addEdgeToProgram(edge, id, position++);
      }
    }
    stats.appended += pending.size;
    return true;
  };
  internals.process = () => {
    if (!(clean && !sigma.getSetting("zIndex") && pending.size > 0 && append())) {
      full();
      stats.full++;
      // A full pass numbers nodes 1…order, then edges order+1…order+size.
      nextId = graph.order + graph.size + 1;
    }
    pending = new Set();
    clean = true;
    return sigma;
  };
  return stats;
}
