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

/** Where an edge label goes: its centre, the edge's direction, the room on the shorter side, and sample points. */
export interface LabelPlacement {
  centre: Point;
  direction: Point;
  /** Length of edge between the centre and the nearer disc. */
  room: number;
  points: Point[];
}

/**
 * The label centred at fraction `at` of the edge between the discs (0.5: the middle, where Sigma draws it), as wide
 * as the text or twice the room left on its shorter side; a bent edge's label sits on the curve's middle, whose
 * tangent there is parallel to the chord. Null when there is no room.
 */
export function edgeLabelPlacement(
  source: Point & { size: number },
  target: Point & { size: number },
  textWidth: number,
  curvature = 0,
  samples = 9,
  at = 0.5,
): LabelPlacement | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return null;
  const direction = { x: dx / length, y: dy / length };
  const inner = Math.max(0, length - source.size - target.size);
  // @sigma/edge-curve's anchor is the chord's middle plus (dy, -dx) × curvature, from source to target (its label
  // drawer swaps the ends to keep text upright and flips the sign with them); the quadratic's middle is half way there.
  const bend = { x: (dy * curvature) / 2, y: (-dx * curvature) / 2 };
  const along = source.size + inner * at;
  const centre = { x: source.x + direction.x * along + bend.x, y: source.y + direction.y * along + bend.y };
  const room = inner * Math.min(at, 1 - at);
  const half = Math.min(textWidth, 2 * room) / 2;
  if (half === 0) return null;
  const points = Array.from({ length: samples }, (_, i) => {
    const t = -half + (2 * half * i) / (samples - 1);
    return { x: centre.x + direction.x * t, y: centre.y + direction.y * t };
  });
  return { centre, direction, room, points };
}

/** Where a straight edge's label may go, best first: the middle, then nearer one end or the other. */
export const STRAIGHT_LABEL_PLACES = [0.5, 0.38, 0.62, 0.28, 0.72] as const;

/** Whether text of the given height running through these points would touch the box. */
export function lineTouchesBox(points: readonly Point[], box: Box, textHeight: number): boolean {
  const pad = textHeight / 2;
  return points.some(
    (p) => p.x >= box.left - pad && p.x <= box.right + pad && p.y >= box.top - pad && p.y <= box.bottom + pad,
  );
}
