// Where an edge label would sit on screen, and whether it would cover a node's label: pure geometry, no canvas.
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Sigma's default node label: drawn right of the disc with its baseline a third of the font size below the centre,
 * so the glyphs (ascent about 0.7, descent about 0.2 of the size) fill about half the size above and below it.
 */
export function nodeLabelBox(centre: Point, nodeSize: number, textWidth: number, labelSize: number): Box {
  const left = centre.x + nodeSize + 3;
  return { left, right: left + textWidth, top: centre.y - labelSize / 2, bottom: centre.y + labelSize / 2 };
}

/**
 * Points along where an edge label's text runs: centred on the edge (on the curve's middle for a bent one, whose
 * tangent there is parallel to the chord), as wide as the text, clipped to the part of the edge between the discs.
 */
export function edgeLabelLine(
  source: Point & { size: number },
  target: Point & { size: number },
  textWidth: number,
  curvature = 0,
  samples = 9,
): Point[] {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [];
  const ux = dx / length;
  const uy = dy / length;
  // @sigma/edge-curve's anchor is the chord's middle plus (dy, -dx) × curvature, from source to target (its label
  // drawer swaps the ends to keep text upright and flips the sign with them); the quadratic's middle is half way there.
  const bend = { x: (dy * curvature) / 2, y: (-dx * curvature) / 2 };
  const centre = { x: (source.x + target.x) / 2 + bend.x, y: (source.y + target.y) / 2 + bend.y };
  const half = Math.min(textWidth, Math.max(0, length - source.size - target.size)) / 2;
  if (half === 0) return [];
  return Array.from({ length: samples }, (_, i) => {
    const t = -half + (2 * half * i) / (samples - 1);
    return { x: centre.x + ux * t, y: centre.y + uy * t };
  });
}

/** Whether text of the given height running through these points would touch the box. */
export function lineTouchesBox(points: readonly Point[], box: Box, textHeight: number): boolean {
  const pad = textHeight / 2;
  return points.some(
    (p) => p.x >= box.left - pad && p.x <= box.right + pad && p.y >= box.top - pad && p.y <= box.bottom + pad,
  );
}
