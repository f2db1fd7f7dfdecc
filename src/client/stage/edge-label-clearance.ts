// Edge labels step aside for node labels: a relationship's label that would cover a node's name slides along its edge
// to a clear place, or is not drawn (the name matters more; the relationship is still read in the panel and path list).
import type { EdgeLabelDrawingFunction } from "sigma/rendering";
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import {
  edgeLabelPlacement,
  lineTouchesBox,
  nodeLabelBox,
  STRAIGHT_LABEL_PLACES,
  type Box,
  type Point,
} from "../lib/label-geometry/edge-label-clearance.ts";
import { labelFont, labelWidth } from "./label-widths.ts";

/** What the last frame did with each edge label (for tests): where drawn ones run, which ones were left out. */
export interface ClearanceLog {
  drawn: Map<string, Point[]>;
  skipped: Set<string>;
  /** The node labels' boxes in this frame, measured once for all its edge labels (null until the first asks). */
  nodeBoxes?: Box[] | null;
}

/** Starts each frame with an empty log. */
export function logFrames(sigma: Sigma, log: ClearanceLog): void {
  sigma.on("beforeRender", () => {
    log.drawn.clear();
    log.skipped.clear();
    log.nodeBoxes = null;
  });
}

/** Where the node labels drawn this frame sit on screen, except those the declutter left out. */
function nodeLabelBoxes(sigma: Sigma, leftOut: ReadonlySet<string>, font: string, labelSize: number): Box[] {
  const boxes: Box[] = [];
  for (const node of sigma.getNodeDisplayedLabels()) {
    if (leftOut.has(node)) continue;
    const data = sigma.getNodeDisplayData(node);
    if (!data?.label || data.hidden) continue;
    const centre = sigma.framedGraphToViewport(data);
    boxes.push(nodeLabelBox(centre, sigma.scaleSize(data.size), labelWidth(font, data.label), labelSize));
  }
  return boxes;
}

// Sigma hands the drawer the edge's key with its display data; the type leaves it out.
const keyOf = (data: object): string => String((data as { key?: unknown }).key);

export function avoidingNodeLabels<N extends Attributes, E extends Attributes>(
  draw: EdgeLabelDrawingFunction<N, E>,
  sigmaOf: () => Sigma<N, E> | null,
  log: ClearanceLog,
  /** Node labels not drawn this frame (stage/label-declutter.ts): their place is free. */
  leftOut: ReadonlySet<string> = new Set(),
): EdgeLabelDrawingFunction<N, E> {
  return (context, edgeData, source, target, settings) => {
    const sigma = sigmaOf();
    const label = edgeData.label;
    if (!sigma || !label) return draw(context, edgeData, source, target, settings);
    const width = labelWidth(
      labelFont(settings.edgeLabelWeight, settings.edgeLabelSize, settings.edgeLabelFont),
      label,
    );
    // Sigma draws node labels before edge labels, so this frame's node labels are known by the first edge label.
    log.nodeBoxes ??= nodeLabelBoxes(
      sigma as unknown as Sigma,
      leftOut,
      labelFont(settings.labelWeight, settings.labelSize, settings.labelFont),
      settings.labelSize,
    );
    const boxes = log.nodeBoxes;
    const curvature = typeof edgeData.curvature === "number" ? edgeData.curvature : 0;
    // A bent label follows its curve's middle (the curve drawer's own); a straight one may slide along its edge.
    const places = curvature === 0 ? STRAIGHT_LABEL_PLACES : [0.5];
    for (const at of places) {
      const place = edgeLabelPlacement(source, target, width, curvature, 9, at);
      if (!place || boxes.some((box) => lineTouchesBox(place.points, box, settings.edgeLabelSize))) continue;
      log.drawn.set(keyOf(edgeData), place.points);
      if (at === 0.5) return draw(context, edgeData, source, target, settings);
      // Sigma centres a label between the ends it is given: give it the stretch of edge centred on this place.
      const { centre, direction, room } = place;
      return draw(
        context,
        edgeData,
        { ...source, x: centre.x - direction.x * room, y: centre.y - direction.y * room, size: 0 },
        { ...target, x: centre.x + direction.x * room, y: centre.y + direction.y * room, size: 0 },
        settings,
      );
    }
    log.skipped.add(keyOf(edgeData));
  };
}
