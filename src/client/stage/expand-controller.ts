// Gestures that expand: double-click a node, or Enter with the graph focused and a node selected
// (Delete hides it). The stage is focusable so the keys reach it.
import type { AppState } from "../core/store/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { ExpandCommands } from "../commands/expand-command.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export function mountExpandController(sigma: ExplorerSigma, store: Store<AppState>, commands: ExpandCommands): void {
  sigma.on("doubleClickNode", (event) => {
    // Sigma zooms on double-click by default; here the gesture means "expand".
    event.preventSigmaDefault();
    void commands.expand(event.node);
  });
  const stage = sigma.getContainer();
  stage.tabIndex = 0;
  stage.setAttribute("role", "application");
  stage.setAttribute("aria-roledescription", "graph");
  stage.setAttribute("aria-label", "Graph. With a node selected: Enter expands it, Delete hides it.");
  stage.addEventListener("keydown", (event) => {
    const selected = store.get().selection.selected;
    if (selected === null || !sigma.getGraph().hasNode(selected)) return;
    if (event.key === "Enter") void commands.expand(selected);
    else if (event.key === "Delete") commands.hide(selected);
    else return;
    event.preventDefault();
  });
}
