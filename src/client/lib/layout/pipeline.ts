// Deterministic layout: circular seed, synchronous ForceAtlas2, rescale, then label-aware noverlap.
// Synchronous FA2 is fine for article-sized graphs (tens of nodes, a few ms); the worker
// supervisor becomes worth it only for thousands of nodes.
import type Graph from "graphology";
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { DEFAULT_LAYOUT, type LayoutOptions } from "./types.ts";

type Positioned = Graph<{ x: number; y: number; size: number; label?: string }>;

/** Rough rendered width of a label in pixels: CJK glyphs are about twice as wide as Latin ones. */
export function labelWidth(label: string | undefined, fontSize = 14): number {
  let width = 0;
  for (const char of label ?? "") width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.55;
  return width;
}

/**
 * Centres and scales positions so the farthest node sits at `extent` (roughly screen pixels), which
 * gives node sizes the same meaning at any graph size; x is stretched by `aspect` because stages are wide.
 */
export function normalizePositions(graph: Positioned, extent: number, aspect = 1): void {
  let maxAbs = 0;
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_, a) => {
    cx += a.x / graph.order;
    cy += a.y / graph.order;
  });
  graph.forEachNode((_, a) => {
    maxAbs = Math.max(maxAbs, Math.abs(a.x - cx), Math.abs(a.y - cy));
  });
  const scale = maxAbs > 0 ? extent / maxAbs : 1;
  graph.updateEachNodeAttributes((_, a) => ({ ...a, x: (a.x - cx) * scale * aspect, y: (a.y - cy) * scale }));
}

export function applyLayout(graph: Positioned, options: LayoutOptions = DEFAULT_LAYOUT): void {
  if (graph.order === 0) return;
  circular.assign(graph, { scale: 100 });
  if (graph.order > 1) {
    // Dissuading hubs spreads the leaves of a hub (Alibaba has dozens) instead of piling them on it.
    const settings = { ...forceAtlas2.inferSettings(graph), outboundAttractionDistribution: true, gravity: 0.5 };
    forceAtlas2.assign(graph, { iterations: options.iterations, settings });
  }
  normalizePositions(graph, options.extent, options.aspect);
  noverlap.assign(graph, { maxIterations: 200, settings: { margin: options.margin, ratio: 1, expansion: 1.1 } });
  separateLabels(graph, options);
}

interface LabelBox {
  key: string;
  left: number;
  right: number;
  y: number;
}

/** Label boxes in screen pixels for the graph fitted into the reference viewport. */
function labelBoxes(graph: Positioned, options: LayoutOptions): { boxes: LabelBox[]; scale: number } {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const scale = Math.min(options.viewport.width / (maxX - minX || 1), options.viewport.height / (maxY - minY || 1));
  const boxes = graph.mapNodes((key, a) => ({
    key,
    left: a.x * scale - a.size,
    right: a.x * scale + a.size + 4 + labelWidth(a.label),
    y: a.y * scale,
  }));
  return { boxes, scale };
}

/**
 * Labels are drawn right of their node at a fixed pixel size, which noverlap (discs only) cannot see.
 * Nudging overlapping labels apart vertically is the cheapest fix: they are wide but short.
 */
export function separateLabels(graph: Positioned, options: LayoutOptions): void {
  const gap = options.labelHeight;
  for (let round = 0; round < 60; round++) {
    const { boxes, scale } = labelBoxes(graph, options);
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!,
          b = boxes[j]!;
        const overlap = gap - Math.abs(a.y - b.y);
        if (overlap <= 0 || a.right <= b.left || b.right <= a.left) continue;
        const [low, high] = a.y < b.y || (a.y === b.y && i < j) ? [a, b] : [b, a];
        const shift = overlap / 2 + 0.5;
        low.y -= shift;
        high.y += shift;
        graph.updateNodeAttribute(low.key, "y", (y) => (y ?? 0) - shift / scale);
        graph.updateNodeAttribute(high.key, "y", (y) => (y ?? 0) + shift / scale);
        moved = true;
      }
    }
    if (!moved) return;
  }
}
