// The header's search: find an entity in any of the three languages and open it on the graph.
import type { ApiClient } from "../api/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { OpenCommand } from "../commands/open-command.ts";
import { mountCombobox } from "./search-combobox.ts";

export function mountSearchBox(
  container: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  source: ApiClient,
  open: OpenCommand,
): void {
  const combo = mountCombobox(container, store, actions, source, {
    field: "main",
    label: "Search entities",
    placeholder: "Search: 馬雲, ジャック・マー, Jack Ma…",
    hideLabel: true,
    onChoose: (hit) => void open(hit.node.id, hit.node),
  });
  // "/" jumps to the search from anywhere but another text field, as on many sites.
  document.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== "/" || target.closest("input, textarea, [contenteditable=true], .cm-editor")) return;
    event.preventDefault();
    combo.input.focus();
  });
}
