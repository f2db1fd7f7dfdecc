// Drag a node to move it; where it is dropped it stays (pinned), so later layout runs leave it alone.
import type { Actions } from "../core/store/index.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export function mountDragController(sigma: ExplorerSigma, actions: Actions): void {
  let dragged: string | null = null;
  let moved = false;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    moved = false;
  });
  sigma.getMouseCaptor().on("mousemovebody", (event) => {
    if (dragged === null) return;
    const position = sigma.viewportToGraph(event);
    sigma.getGraph().mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    moved = true;
    // Keep the camera still while a node is carried.
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const drop = () => {
    if (dragged !== null && moved) actions.pins.set(dragged, true);
    dragged = null;
  };
  sigma.getMouseCaptor().on("mouseup", drop);
  sigma.getContainer().addEventListener("mouseleave", drop);
}
