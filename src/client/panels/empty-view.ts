// When the view holds no nodes (an empty start, or everything hidden), say how to begin instead of a blank stage.
import type { AppState } from "../core/store/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";

export function mountEmptyView(element: HTMLElement, store: Store<AppState>, focusSearch: () => void): void {
  const button = h(
    "button",
    { type: "button", class: "button", "data-testid": "empty-search" },
    "Search for an entity",
  );
  button.addEventListener("click", focusSearch);
  element.replaceChildren(
    h(
      "div",
      { class: "status-card" },
      h("p", { class: "status-title" }, "Nothing in view yet"),
      h(
        "p",
        {},
        "Search for a person, company or model (in Japanese, Chinese or English) to put it on the graph, then expand it.",
      ),
      button,
    ),
  );
  const render = () => {
    const { data, scene } = store.get();
    element.hidden = !(data.status === "ready" && scene.nodes.length === 0);
  };
  render();
  store.watch((s) => s.scene.nodes, render);
  store.watch((s) => s.data, render);
}
