// The saved-query library: every query with its title and description, and the open one's form.
import type { SavedQuery, SavedQueryValue } from "../../shared/index.ts";
import type { ApiClient } from "../api/index.ts";
import { describeFailure } from "../api/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import { findQuery, type LibraryState } from "../core/library/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { PARAM_FIELDS } from "../core/search/index.ts";
import { mountCombobox } from "../search/search-combobox.ts";
import { renderQueryForm, type EntityPicker } from "./query-form-view.ts";
import type { QueryRunner } from "./query-runner.ts";

/** Why a query does not apply to the loaded graph, as one sentence; null when it applies. */
const notApplicable = (query: SavedQuery): string | null =>
  query.applicable === false ? `Not for this graph: ${query.reason ?? "it needs what this database lacks"}.` : null;

function libraryIntro(queries: readonly SavedQuery[]): string {
  const greyed = queries.filter((q) => q.applicable === false).length;
  const ready = queries.length - greyed;
  const rest = greyed ? ` ${greyed} more need labels or types this graph lacks (greyed).` : "";
  return `${ready} saved ${ready === 1 ? "query" : "queries"} ready to run on this graph. Pick one to see its parameters.${rest}`;
}

function listItem(query: SavedQuery, actions: Actions): HTMLElement {
  const reason = notApplicable(query);
  const open = h(
    "button",
    {
      type: "button",
      class: reason ? "query-item query-item-not-applicable" : "query-item",
      "data-query": query.name,
      "data-testid": "saved-query",
      "data-applicable": String(!reason),
    },
    h("span", { class: "query-title" }, query.title),
    h("span", { class: "query-description" }, query.description),
    reason ? h("span", { class: "query-reason", "data-testid": "query-reason" }, reason) : null,
    query.tags.length ? h("span", { class: "query-tags" }, query.tags.join(" · ")) : null,
  );
  open.addEventListener("click", () => actions.library.select(query.name));
  return h("li", {}, open);
}

/** Entity parameters get the header's search combobox, one search field per parameter (three at most). */
function entityPicker(store: Store<AppState>, actions: Actions, client: ApiClient): EntityPicker {
  return (container, param, index) => {
    const searchField = PARAM_FIELDS[index];
    if (!searchField) return null;
    actions.search.chosen(searchField, "");
    const combo = mountCombobox(container, store, actions, client, {
      field: searchField,
      label: param.name,
      placeholder: `A name in any language (for example ${String(param.example)})`,
      onChoose: (hit) => (combo.input.dataset.key = hit.key),
    });
    combo.input.addEventListener("input", () => delete combo.input.dataset.key);
    combo.setText(String(param.default));
    return combo.input;
  };
}

function detail(
  query: SavedQuery,
  actions: Actions,
  runner: QueryRunner,
  picker: EntityPicker,
  ran?: Record<string, SavedQueryValue>,
): HTMLElement[] {
  const reason = notApplicable(query);
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
    ...(reason ? [h("p", { class: "notice", role: "note", "data-testid": "query-reason" }, reason)] : []),
    renderQueryForm(query, (params) => void runner.runSaved(query, params), picker, ran),
    cypher,
  ];
}

function content(
  state: LibraryState,
  actions: Actions,
  runner: QueryRunner,
  reload: () => void,
  picker: EntityPicker,
  ran?: Record<string, SavedQueryValue>,
): HTMLElement[] {
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
  if (open) return detail(open, actions, runner, picker, ran);
  if (queries.queries.length === 0)
    return [h("p", { class: "muted" }, "There are no saved queries (graph/queries/ is empty).")];
  return [
    h("p", { class: "muted panel-intro" }, libraryIntro(queries.queries)),
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
  const picker = entityPicker(store, actions, client);
  const render = () => {
    const state = store.get().library;
    // The form shows the values the query last ran with (a link's parameters), not only its defaults.
    const result = store.get().result;
    const ran =
      result.status !== "idle" && result.source.kind === "saved" && result.source.name === state.selected
        ? result.source.params
        : undefined;
    element.replaceChildren(...content(state, actions, runner, load, picker, ran));
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
