// Edge labels step aside for node labels: a relationship's label that would cover a node's name is not drawn (the
// name matters more, and the relationship is still read on hover, in the panel and in the path list).
import type { EdgeLabelDrawingFunction } from "sigma/rendering";
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { edgeLabelLine, lineTouchesBox, nodeLabelBox, type Point } from "../lib/label-geometry/edge-label-clearance.ts";

/** What the last frame did with each edge label (for tests): where drawn ones run, which ones were left out. */
export interface ClearanceLog {
  drawn: Map<string, Point[]>;
  skipped: Set<string>;
}

/** Starts each frame with an empty log. */
export function logFrames(sigma: Sigma, log: ClearanceLog): void {
  sigma.on("beforeRender", () => {
    log.drawn.clear();
    log.skipped.clear();
  });
}

// Sigma hands the drawer the edge's key with its display data; the type leaves it out.
const keyOf = (data: object): string => String((data as { key?: unknown }).key);

export function avoidingNodeLabels<N extends Attributes, E extends Attributes>(
  draw: EdgeLabelDrawingFunction<N, E>,
  sigmaOf: () => Sigma<N, E> | null,
  log: ClearanceLog,
): EdgeLabelDrawingFunction<N, E> {
  return (context, edgeData, source, target, settings) => {
    const sigma = sigmaOf();
    const label = edgeData.label;
    if (!sigma || !label) return draw(context, edgeData, source, target, settings);
    context.font = `${settings.edgeLabelWeight} ${settings.edgeLabelSize}px ${settings.edgeLabelFont}`;
    const width = context.measureText(label).width;
    const curvature = typeof edgeData.curvature === "number" ? edgeData.curvature : 0;
    const line = edgeLabelLine(source, target, width, curvature);
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    for (const node of sigma.getNodeDisplayedLabels()) {
      const data = sigma.getNodeDisplayData(node);
      if (!data?.label || data.hidden) continue;
      const centre = sigma.framedGraphToViewport(data);
      const box = nodeLabelBox(
        centre,
        sigma.scaleSize(data.size),
        context.measureText(data.label).width,
        settings.labelSize,
      );
      if (lineTouchesBox(line, box, settings.edgeLabelSize)) {
        log.skipped.add(keyOf(edgeData));
        return;
      }
    }
    log.drawn.set(keyOf(edgeData), line);
    draw(context, edgeData, source, target, settings);
  };
}
