// Shows a query result as the view (for the query workbench): one history step, positions of nodes
// already in view kept, newcomers placed next to them.
import type { GraphPayload } from "../../shared/index.ts";
import { addPayload } from "../lib/catalog/index.ts";
import type { CommandContext } from "./command-context.ts";

export function createShowPayload(ctx: CommandContext) {
  /** False when the payload has no nodes (the view is left as it was). */
  return (payload: GraphPayload, label: string): boolean => {
    if (payload.nodes.length === 0) return false;
    addPayload(ctx.catalog, payload);
    const keys = payload.nodes.map((node) => node.id);
    ctx.actions.history.record(label, () => {
      ctx.actions.selection.clear();
      ctx.actions.paths.clear();
      ctx.actions.scene.set(keys);
    });
    ctx.actions.camera.fit(keys);
    return true;
  };
}
export type ShowPayload = ReturnType<typeof createShowPayload>;
