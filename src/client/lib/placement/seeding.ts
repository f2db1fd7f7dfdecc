// Pure placement of new nodes next to what they were expanded from, and overlap removal that moves only them.
import type Graph from "graphology";
import noverlap from "graphology-layout-noverlap";
import { DEFAULT_PLACEMENT, type PlacementOptions, type Point } from "./types.ts";

type Positioned = Graph<{ x: number; y: number; size: number }>;

/** Typical edge length among the edges `include` accepts (those between already placed nodes); 200 when none. */
export function medianEdgeLength(
  graph: Positioned,
  include: (source: string, target: string) => boolean = () => true,
): number {
  const lengths: number[] = [];
  graph.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (include(s, t)) lengths.push(Math.hypot(sa.x - ta.x, sa.y - ta.y));
  });
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 200;
}

/**
 * ForceAtlas2's repulsion balances attraction at a few units; our positions are scaled to hundreds.
 * Scaling repulsion with the square of the typical edge length makes newcomers keep that spacing
 * instead of collapsing onto the line between their fixed anchors.
 */
export function scalingRatioFor(edgeLength: number): number {
  return Math.min(20_000, Math.max(10, (edgeLength / 20) ** 2));
}

export function centroid(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  const sum = points.reduce((acc, p) => ({ x: acc.x + p.x, y: acc.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/**
 * Starting points for new nodes grouped by anchor: rings around the anchor, fanned out on the side
 * facing away from `centre` (the rest of the graph), so they start in free space near their origin.
 */
export function seedAround(
  anchor: Point,
  count: number,
  centre: Point,
  options: PlacementOptions = DEFAULT_PLACEMENT,
): Point[] {
  const dx = anchor.x - centre.x;
  const dy = anchor.y - centre.y;
  const outward = dx === 0 && dy === 0 ? -Math.PI / 2 : Math.atan2(dy, dx);
  const points: Point[] = [];
  for (let i = 0; i < count; i++) {
    const ring = Math.floor(i / options.perRing);
    const inRing = Math.min(options.perRing, count - ring * options.perRing);
    const slot = i % options.perRing;
    const spread = Math.min(2 * Math.PI, inRing * (Math.PI / 6));
    const angle = outward + (inRing === 1 ? 0 : (slot - (inRing - 1) / 2) * (spread / inRing));
    const radius = options.radius * (1 + ring * 0.7);
    points.push({ x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) });
  }
  return points;
}

/** Groups new nodes by the anchor they should start next to (their first neighbour already placed). */
export function groupByAnchor(
  fresh: readonly string[],
  neighboursOf: (key: string) => Iterable<string>,
  isPlaced: (key: string) => boolean,
  preferred: string | null,
): Map<string | null, string[]> {
  const groups = new Map<string | null, string[]>();
  for (const key of fresh) {
    const neighbours = [...neighboursOf(key)].filter(isPlaced);
    const anchor = preferred !== null && neighbours.includes(preferred) ? preferred : (neighbours[0] ?? null);
    groups.set(anchor, [...(groups.get(anchor) ?? []), key]);
  }
  return groups;
}

/**
 * noverlap moves both nodes of an overlapping pair; putting the fixed ones back after every short
 * round leaves all the giving way to the movable ones, so the existing picture stays where it was.
 */
export function separateMovable(graph: Positioned, movable: ReadonlySet<string>, rounds: number, margin: number): void {
  if (movable.size === 0) return;
  const fixed = new Map<string, Point>();
  graph.forEachNode((key, a) => {
    if (!movable.has(key)) fixed.set(key, { x: a.x, y: a.y });
  });
  for (let round = 0; round < rounds; round++) {
    noverlap.assign(graph, { maxIterations: 20, settings: { margin, ratio: 1, expansion: 1.1 } });
    for (const [key, p] of fixed) graph.mergeNodeAttributes(key, p);
  }
}
