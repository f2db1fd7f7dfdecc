// The message over the stage while loading, for an empty graph, or when the API or Neo4j failed.
import type { AppState } from "../core/store/index.ts";
import type { DataState } from "../core/data/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";

function content(data: DataState, retry: () => void): HTMLElement[] {
  switch (data.status) {
    case "loading":
      return [
        h("div", { class: "spinner", "aria-hidden": "true" }),
        h("p", { class: "status-title" }, "Loading the graph…"),
      ];
    case "empty":
      return [
        h("p", { class: "status-title" }, "The graph is empty"),
        h(
          "p",
          { "data-testid": "status-message" },
          "This database has no nodes yet: load a graph with npm start -- --graph DIR (or the article with npm run seed), then reload this page.",
        ),
      ];
    case "error": {
      const again = h("button", { type: "button", class: "button", "data-testid": "retry" }, "Try again");
      again.addEventListener("click", retry);
      const code =
        data.failure.httpStatus === null ? null : h("p", { class: "status-code" }, `HTTP ${data.failure.httpStatus}`);
      return [
        h("p", { class: "status-title" }, data.failure.title),
        h("p", { class: "status-message", "data-testid": "status-message" }, data.failure.message),
        ...(code ? [code] : []),
        again,
      ];
    }
    case "ready":
      return [];
  }
}

export function mountStatusView(element: HTMLElement, store: Store<AppState>, retry: () => void): void {
  const render = (data: DataState) => {
    element.hidden = data.status === "ready";
    element.dataset.state = data.status;
    element.setAttribute("role", data.status === "error" ? "alert" : "status");
    element.replaceChildren(h("div", { class: "status-card" }, ...content(data, retry)));
  };
  render(store.get().data);
  store.watch((s) => s.data, render);
}
