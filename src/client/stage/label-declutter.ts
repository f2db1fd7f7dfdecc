// Node labels that would overlap a more important one are not drawn (the hover label still shows them): Sigma's label
// grid keeps one label per cell, but a long name runs into the next cells, most of all on a phone.
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Attributes } from "graphology-types";
import { nodeLabelBox } from "../lib/label-geometry/edge-label-clearance.ts";
import { declutterLabels, type LabelCandidate } from "../lib/label-geometry/label-declutter.ts";
import { labelFont, labelWidth } from "./label-widths.ts";

/** Past this many nodes the label grid alone decides (the pass after each frame would cost more than it gives). */
export const DECLUTTER_MAX_NODES = 5_000;

/** The labels left out in the last settled frame (for the drawers and for tests). */
export interface LabelDeclutter {
  readonly hidden: ReadonlySet<string>;
}

// Sigma hands the drawer the node's key with its display data; the type leaves it out.
const keyOf = (data: object): string => String((data as { key?: unknown }).key);

export function createLabelDeclutter<N extends Attributes, E extends Attributes>() {
  const hidden = new Set<string>();
  /** After each frame: which of the labels Sigma drew collide; when that changes, the next frame leaves them out. */
  function settle(sigma: Sigma<N, E>): void {
    const settings = sigma.getSettings();
    const next = new Set<string>();
    if (sigma.getGraph().order <= DECLUTTER_MAX_NODES) {
      const font = labelFont(settings.labelWeight, settings.labelSize, settings.labelFont);
      const candidates: LabelCandidate[] = [];
      for (const key of sigma.getNodeDisplayedLabels()) {
        const data = sigma.getNodeDisplayData(key);
        if (!data?.label || data.hidden) continue;
        const size = sigma.scaleSize(data.size);
        const box = nodeLabelBox(
          sigma.framedGraphToViewport(data),
          size,
          labelWidth(font, data.label),
          settings.labelSize,
        );
        candidates.push({ key, box, priority: (data.forceLabel ? 1e9 : 0) + size });
      }
      for (const key of declutterLabels(candidates)) next.add(key);
    }
    if (next.size === hidden.size && [...next].every((key) => hidden.has(key))) return;
    hidden.clear();
    for (const key of next) hidden.add(key);
    sigma.scheduleRender();
  }

  return {
    hidden: hidden as ReadonlySet<string>,
    /** Wraps a label drawer so that it skips the labels left out. */
    drawer(draw: NodeLabelDrawingFunction<N, E>): NodeLabelDrawingFunction<N, E> {
      return (context, data, settings) => (hidden.has(keyOf(data)) ? undefined : draw(context, data, settings));
    },
    attach(sigma: Sigma<N, E>): void {
      sigma.on("afterRender", () => settle(sigma));
    },
  };
}
