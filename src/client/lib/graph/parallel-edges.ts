// Bends for parallel relationships (several between the same two nodes, either way): each gets its own curve, so
// their lines and labels lie apart instead of on top of one another. A lone relationship stays straight.
import type Graph from "graphology";

/** How far apart two neighbouring curves of one pair are (the curve program's curvature units). */
const STEP = 0.45;

/** Curvature per edge key, only for edges that share their two ends with another edge. */
export function parallelCurvatures(graph: Pick<Graph, "forEachEdge">): Map<string, number> {
  const pairs = new Map<string, Array<{ edge: string; forward: boolean }>>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const forward = source <= target;
    const key = forward ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = pairs.get(key);
    if (group) group.push({ edge, forward });
    else pairs.set(key, [{ edge, forward }]);
  });
  const curvatures = new Map<string, number>();
  for (const group of pairs.values()) {
    if (group.length < 2) continue;
    // Centred on the straight line: 2 edges bend either way, 3 keep one straight between two bends, and so on.
    group.forEach(({ edge, forward }, index) => {
      const offset = (index - (group.length - 1) / 2) * STEP;
      // The program bends to one side of the source → target direction: a reversed edge takes the opposite sign.
      curvatures.set(edge, forward ? offset : -offset);
    });
  }
  return curvatures;
}
