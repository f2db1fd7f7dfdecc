// Click a node to select it, click the empty stage or press Escape to clear.
import type { Actions } from "../core/store/index.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export function mountSelectionController(sigma: ExplorerSigma, actions: Actions): void {
  sigma.on("clickNode", ({ node }) => actions.selection.select(node));
  sigma.on("clickStage", () => actions.selection.clear());
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !event.defaultPrevented) actions.selection.clear();
  });
}
