// Back and Forward buttons: the browser's own history, so they and the browser's buttons always agree.
import type { AppState } from "../core/store/index.ts";
import { neighbourEntry } from "../core/history/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";

export function mountHistoryControls(group: HTMLElement, store: Store<AppState>): void {
  const back = h("button", { type: "button", class: "tool-button", "data-testid": "history-back" }, "← Back");
  const forward = h("button", { type: "button", class: "tool-button", "data-testid": "history-forward" }, "Forward →");
  back.addEventListener("click", () => history.back());
  forward.addEventListener("click", () => history.forward());
  group.replaceChildren(back, forward);
  const render = () => {
    const state = store.get().history;
    const present = state.entries[state.index];
    const next = neighbourEntry(state, 1);
    back.disabled = neighbourEntry(state, -1) === null;
    forward.disabled = next === null;
    back.title = present && !back.disabled ? `Undo: ${present.label}` : "Nothing to go back to";
    forward.title = next ? `Redo: ${next.label}` : "Nothing to go forward to";
  };
  render();
  store.watch((s) => s.history, render);
}
