// The side panel's two tabs, Saved queries and Cypher, as an ARIA tab list (arrow keys move between tabs).
import type { Actions, AppState } from "../core/store/index.ts";
import type { WorkbenchTab } from "../core/library/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { isBehind, raisePanel } from "../panels/panel-dock.ts";

/** Where panels become a sheet over the stage (styles/shell.css uses the same width). */
const NARROW = "(max-width: 900px)";

const TABS: ReadonlyArray<{ id: WorkbenchTab; label: string }> = [
  { id: "library", label: "Saved queries" },
  { id: "editor", label: "Cypher" },
];

export interface WorkbenchPanels {
  library: HTMLElement;
  editor: HTMLElement;
}

export function mountWorkbenchPanel(element: HTMLElement, store: Store<AppState>, actions: Actions): WorkbenchPanels {
  const buttons = TABS.map(({ id, label }) =>
    h(
      "button",
      { type: "button", role: "tab", id: `tab-${id}`, "aria-controls": `panel-${id}`, "data-testid": `tab-${id}` },
      label,
    ),
  );
  const panels: WorkbenchPanels = {
    library: h("div", {
      role: "tabpanel",
      id: "panel-library",
      "aria-labelledby": "tab-library",
      class: "tab-panel",
      "data-testid": "query-library",
    }),
    editor: h("div", {
      role: "tabpanel",
      id: "panel-editor",
      "aria-labelledby": "tab-editor",
      class: "tab-panel",
      "data-testid": "editor-panel",
    }),
  };
  buttons.forEach((button, index) => {
    button.addEventListener("click", () => actions.library.showTab(TABS[index]!.id));
    button.addEventListener("keydown", (event) => {
      const move = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!move) return;
      event.preventDefault();
      const next = (index + move + TABS.length) % TABS.length;
      actions.library.showTab(TABS[next]!.id);
      buttons[next]!.focus();
    });
  });
  element.replaceChildren(
    h("h2", { class: "sr-only" }, "Queries"),
    h("div", { role: "tablist", class: "tabs", "aria-label": "Queries" }, ...buttons),
    panels.library,
    panels.editor,
  );
  const render = (tab: WorkbenchTab) => {
    TABS.forEach(({ id }, index) => {
      const selected = id === tab;
      buttons[index]!.setAttribute("aria-selected", String(selected));
      buttons[index]!.tabIndex = selected ? 0 : -1;
      panels[id].hidden = !selected;
    });
  };
  render(store.get().library.tab);
  store.watch((s) => s.library.tab, render);
  // On a phone or a tablet the panel is a sheet over the graph: it waits for the Queries button there.
  element.hidden = matchMedia(NARROW).matches;
  return panels;
}

/** The toolbar button that shows or hides the whole query panel (more room for the graph). */
export function mountWorkbenchToggle(button: HTMLButtonElement, panel: HTMLElement): void {
  button.hidden = false;
  const sync = () => button.setAttribute("aria-expanded", String(!panel.hidden));
  button.addEventListener("click", () => {
    // Open but behind another panel: the click brings it forward rather than closing it.
    if (!panel.hidden && isBehind(panel)) return raisePanel(panel);
    panel.hidden = !panel.hidden;
    sync();
  });
  sync();
}
