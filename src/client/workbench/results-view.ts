// The results drawer under the graph: run state, notes (cap, timeout, empty), the table, downloads, "present".
import type { Actions, AppState } from "../core/store/index.ts";
import { splitCypherMessage } from "../core/editor/index.ts";
import { resultNotes, sourceTitle, type ResultState, type RunFailure } from "../core/result/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { resultDownloads } from "./result-downloads.ts";
import { measureValue } from "../core/measures/index.ts";
import { renderResultsTable } from "./results-table-view.ts";

export interface ResultsViewHooks {
  /** Steps through the result's relationships in presentation mode. */
  present: () => void;
  showWholeGraph: () => void;
}

function button(text: string, testid: string, onClick: () => void): HTMLButtonElement {
  const element = h("button", { type: "button", class: "tool-button", "data-testid": testid }, text);
  element.addEventListener("click", onClick);
  return element;
}

/** Syntax errors read as "Line 3, column 1: Invalid input 'LIMT'."; the editor shows the full list of expected tokens. */
function failureText(failure: RunFailure): string {
  if (failure.code !== "cypher_error") return failure.message;
  const where = failure.position ? `Line ${failure.position.line}, column ${failure.position.column}: ` : "";
  return where + splitCypherMessage(failure.message).headline;
}

function body(state: ResultState, actions: Actions, hooks: ResultsViewHooks, app: AppState): HTMLElement[] {
  const locale = app.preferences.language;
  switch (state.status) {
    case "idle":
      return [];
    case "running":
      return [
        h(
          "p",
          { class: "results-running", role: "status" },
          h("span", { class: "spinner small", "aria-hidden": "true" }),
          "Running the query…",
        ),
      ];
    case "error":
      return [
        h(
          "div",
          {
            class: "notice notice-error",
            role: "alert",
            "data-testid": "result-error",
            "data-code": state.failure.code ?? "",
          },
          h("strong", {}, state.failure.title),
          h("p", {}, failureText(state.failure)),
        ),
      ];
    case "ready": {
      const { payload } = state;
      const rows = payload.rows?.length ?? 0;
      const counts = `${rows} ${rows === 1 ? "row" : "rows"} · ${payload.nodes.length} nodes · ${payload.relationships.length} relationships · ${payload.summary.resultAvailableAfterMs} ms`;
      const tools = h(
        "div",
        { class: "results-tools" },
        ...resultDownloads(state),
        payload.relationships.length > 0 ? button("Present", "present-result", hooks.present) : null,
        button("Whole graph", "whole-graph", hooks.showWholeGraph),
      );
      const notes = resultNotes(payload).map((note) =>
        h(
          "p",
          {
            class: payload.summary.timedOut || payload.summary.capped ? "notice" : "muted",
            role: "status",
            "data-testid": "result-note",
          },
          note,
        ),
      );
      return [
        h(
          "div",
          { class: "results-bar" },
          h(
            "p",
            {
              class: "results-counts",
              "data-testid": "result-counts",
              "data-rows": rows,
              "data-nodes": payload.nodes.length,
            },
            counts,
          ),
          tools,
        ),
        ...notes,
        rows > 0
          ? renderResultsTable(payload, state.sort, actions.result.sortBy, {
              locale,
              hidden: state.hidden ?? [],
              onToggle: actions.result.toggleColumn,
              measures: {
                shown: app.measures.tableColumns,
                computing: app.measures.computing,
                valueOf: (measure, key) => measureValue(app.measures, measure, key),
                onToggle: actions.measures.toggleTableColumn,
              },
            })
          : h("span"),
      ];
    }
  }
}

export function mountResultsView(
  element: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  hooks: ResultsViewHooks,
): void {
  const render = (state: ResultState) => {
    element.hidden = state.status === "idle";
    element.dataset.state = state.status;
    if (state.status === "idle") return element.replaceChildren();
    const close = h(
      "button",
      { type: "button", class: "icon-button close", "aria-label": "Close the results", "data-testid": "close-results" },
      "×",
    );
    close.addEventListener("click", actions.result.clear);
    const title = sourceTitle(state.source);
    element.replaceChildren(
      h("header", { class: "results-header" }, h("h2", { id: "results-title" }, `Results: ${title}`), close),
      ...body(state, actions, hooks, store.get()),
    );
  };
  render(store.get().result);
  store.watch((s) => s.result, render);
  // Measure columns fill in as the values arrive.
  store.watch(
    (s) => s.measures,
    () => render(store.get().result),
  );
  // Numbers and money are written the reader's way.
  store.watch(
    (s) => s.preferences.language,
    () => render(store.get().result),
  );
}
