// The editor's run history: recorded after each typed-in run, kept in localStorage, a click puts a query back.
import type { Actions, AppState } from "../core/store/index.ts";
import { HISTORY_STORAGE_KEY, parseHistory, type HistoryEntry } from "../core/editor/index.ts";
import type { ResultState } from "../core/result/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";

function outcome(state: ResultState): string | null {
  if (state.status === "ready")
    return `${state.payload.rows?.length ?? 0} rows${state.payload.summary.timedOut ? ", timed out" : ""}`;
  if (state.status === "error") return state.failure.title;
  return null;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe): history lasts for this visit only
  }
}

export function mountRunHistory(
  element: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  restore: (query: string) => void,
): void {
  actions.editor.restored(parseHistory(storage()?.getItem(HISTORY_STORAGE_KEY) ?? null));
  store.watch(
    (s) => s.result,
    (state) => {
      const text = outcome(state);
      if (text !== null && state.status !== "idle" && state.source.kind === "cypher") {
        actions.editor.ran({ query: state.source.query, at: new Date().toISOString(), outcome: text });
      }
    },
  );
  const render = (history: HistoryEntry[]) => {
    const items = history.map((entry) => {
      const button = h(
        "button",
        { type: "button", class: "history-item", "data-testid": "history-item", title: entry.query },
        h("span", { class: "history-query mono" }, entry.query),
        h("span", { class: "history-meta muted" }, `${new Date(entry.at).toLocaleString()} · ${entry.outcome}`),
      );
      button.addEventListener("click", () => restore(entry.query));
      return h("li", {}, button);
    });
    element.replaceChildren(
      h("h3", { class: "history-title" }, `Run history (${history.length})`),
      history.length
        ? h("ol", { class: "history-list" }, ...items)
        : h("p", { class: "muted" }, "Queries you run appear here; click one to put it back in the editor."),
    );
  };
  render(store.get().editor.history);
  store.watch(
    (s) => s.editor.history,
    (history) => {
      render(history);
      try {
        storage()?.setItem(HISTORY_STORAGE_KEY, JSON.stringify(history));
      } catch {
        // Quota or blocked storage: the history still works for this visit.
      }
    },
  );
}
