// The line under the page's title says which graph this is: the perspective's subtitle, else a plain description.
import type { Store } from "../lib/create-store.ts";
import type { AppState } from "../core/store/index.ts";

/** What a graph without a written subtitle (a generated perspective) is called. */
export const GENERIC_SUBTITLE = "Nodes and relationships from Neo4j, with every property";

export function mountGraphSubtitle(element: HTMLElement, store: Store<AppState>): void {
  const render = () => {
    const { status, current } = store.get().perspective;
    // Before the perspective answers, the line stays empty rather than naming a graph that may not be this one.
    const text = status === "loading" ? "" : (current?.subtitle ?? GENERIC_SUBTITLE);
    if (element.textContent !== text) element.textContent = text;
  };
  render();
  store.subscribe(render);
}
