// The saved-query library: every query with its title and description, and the open one's form.
import type { SavedQuery } from "../../shared/index.ts";
import type { ApiClient } from "../api/index.ts";
import { describeFailure } from "../api/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import { findQuery, type LibraryState } from "../core/library/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { renderQueryForm } from "./query-form-view.ts";
import type { QueryRunner } from "./query-runner.ts";

function listItem(query: SavedQuery, actions: Actions): HTMLElement {
  const open = h(
    "button",
    { type: "button", class: "query-item", "data-query": query.name, "data-testid": "saved-query" },
    h("span", { class: "query-title" }, query.title),
    h("span", { class: "query-description" }, query.description),
    query.tags.length ? h("span", { class: "query-tags" }, query.tags.join(" · ")) : null,
  );
  open.addEventListener("click", () => actions.library.select(query.name));
  return h("li", {}, open);
}

function detail(query: SavedQuery, actions: Actions, runner: QueryRunner): HTMLElement[] {
  const back = h(
    "button",
    { type: "button", class: "link-button", "data-testid": "back-to-queries" },
    "← All saved queries",
  );
  back.addEventListener("click", () => actions.library.select(null));
  const cypher = h(
    "details",
    { class: "query-cypher" },
    h("summary", {}, "Show the Cypher"),
    h("pre", { class: "mono" }, query.cypher),
  );
  return [
    back,
    h("h3", { class: "query-heading", id: "query-heading", tabindex: -1 }, query.title),
    h("p", { class: "query-description" }, query.description),
    renderQueryForm(query, (params) => void runner.runSaved(query, params)),
    cypher,
  ];
}

function content(state: LibraryState, actions: Actions, runner: QueryRunner, reload: () => void): HTMLElement[] {
  const { queries } = state;
  if (queries.status === "idle" || queries.status === "loading")
    return [h("p", { class: "muted", role: "status" }, "Loading the saved queries…")];
  if (queries.status === "error") {
    const retry = h("button", { type: "button", class: "button" }, "Try again");
    retry.addEventListener("click", reload);
    return [
      h("p", { class: "notice notice-error", role: "alert" }, `${queries.failure.title}: ${queries.failure.message}`),
      retry,
    ];
  }
  const open = findQuery(state, state.selected);
  if (open) return detail(open, actions, runner);
  if (queries.queries.length === 0)
    return [h("p", { class: "muted" }, "There are no saved queries (graph/queries/ is empty).")];
  return [
    h(
      "p",
      { class: "muted panel-intro" },
      `${queries.queries.length} questions about the article, ready to run. Pick one to see its parameters.`,
    ),
    h("ul", { class: "query-list", "data-testid": "query-list" }, ...queries.queries.map((q) => listItem(q, actions))),
  ];
}

export function mountQueryLibrary(
  element: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  client: ApiClient,
  runner: QueryRunner,
): void {
  const load = () => {
    actions.library.requested();
    client.call("queries", {}).then(
      ({ queries }) => actions.library.loaded(queries),
      (error: unknown) => actions.library.failed(describeFailure(error)),
    );
  };
  let shown: string | null = null;
  const render = () => {
    const state = store.get().library;
    element.replaceChildren(...content(state, actions, runner, load));
    // Opening a query moves focus to its heading so keyboard users land on the form; going back returns to the list.
    if (state.selected !== shown) {
      const target = state.selected
        ? element.querySelector<HTMLElement>("#query-heading")
        : element.querySelector<HTMLElement>(`[data-query="${shown}"]`);
      target?.focus();
      shown = state.selected;
    }
  };
  render();
  // Not on tab switches: re-rendering would reset what the user typed into the form.
  store.watch((s) => s.library.queries, render);
  store.watch((s) => s.library.selected, render);
  load();
}
