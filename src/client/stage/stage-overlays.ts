// How far the stage's own overlays (the hint line along its bottom edge) reach into it, so a fit keeps nodes clear.
import type { Insets } from "./label-fit.ts";

/** Overlays that sit on the stage's bottom edge; hidden ones (phones, presentation, embed) take no room. */
const BOTTOM_OVERLAYS = ["#hint"];

export function overlayInsets(stage: HTMLElement): Insets {
  const box = stage.getBoundingClientRect();
  let bottom = 0;
  for (const selector of BOTTOM_OVERLAYS) {
    const overlay = stage.ownerDocument.querySelector<HTMLElement>(selector);
    if (!overlay || overlay.getClientRects().length === 0) continue;
    const rect = overlay.getBoundingClientRect();
    // Only an overlay that overlaps the stage's lower part counts (not one the layout put elsewhere).
    if (rect.bottom > box.top + box.height / 2 && rect.top < box.bottom)
      bottom = Math.max(bottom, box.bottom - rect.top);
  }
  return { top: 0, right: 0, bottom, left: 0 };
}
