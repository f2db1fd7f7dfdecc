// Opening a node by id or slug (a search result, a relationship's other end): select it, adding it to the view first if needed.
import { addDetail, addNodes, resolveKey } from "../lib/catalog/index.ts";
import type { WireNode } from "../../shared/index.ts";
import { inView, nameOf, withActivity, type CommandContext } from "./command-context.ts";

export function createOpenCommand(ctx: CommandContext) {
  const { actions, catalog, source } = ctx;
  return async function open(idOrSlug: string, known?: WireNode): Promise<void> {
    if (known) addNodes(catalog, [known]);
    const key = resolveKey(catalog, idOrSlug);
    if (key !== null && inView(ctx, key)) {
      actions.selection.select(key);
      actions.camera.focus(key);
      return;
    }
    const what = `Opening ${key ? nameOf(ctx, key) : idOrSlug}…`;
    const detail = await withActivity(ctx, what, () => source.call("node", { params: { id: idOrSlug } }));
    if (!detail) return;
    addDetail(catalog, detail);
    const added = detail.node.id;
    actions.history.record(`Show ${nameOf(ctx, added)}`, () => {
      actions.scene.show([added]);
      actions.selection.select(added);
    });
    actions.activity.finished(what, "info", `${nameOf(ctx, added)} added to the view.`);
    actions.camera.focus(added);
  };
}
export type OpenCommand = ReturnType<typeof createOpenCommand>;
