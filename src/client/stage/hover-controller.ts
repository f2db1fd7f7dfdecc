// Pointer over a node -> hover state (neighbourhood highlight) and a pointer cursor.
import type { Actions } from "../core/store/index.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export function mountHoverController(sigma: ExplorerSigma, actions: Actions): void {
  const container = sigma.getContainer();
  sigma.on("enterNode", ({ node }) => {
    actions.selection.hover(node);
    container.style.cursor = "pointer";
  });
  sigma.on("leaveNode", () => {
    actions.selection.hover(null);
    container.style.cursor = "";
  });
  // Leaving the canvas mid-hover sends no leaveNode; without this the dimming would stick.
  container.addEventListener("mouseleave", () => actions.selection.hover(null));
}
