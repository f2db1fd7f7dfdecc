// The details panel's tools for the selected node: expand (filtered, paged), collapse, hide, pin, path from/to.
import type { NodeDetail } from "../../shared/index.ts";
import type { AppState } from "../core/store/index.ts";
import { primaryLabel } from "../../shared/index.ts";
import { isPinned } from "../core/pins/index.ts";
import { expansionOf, type NeighbourFilter } from "../core/scene/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { relationshipPhrase } from "../lib/appearance/index.ts";
import type { ExpandCommands } from "../commands/expand-command.ts";
import type { PathCommands } from "../commands/path-command.ts";

export interface NodeActionsDeps {
  store: Store<AppState>;
  expand: ExpandCommands;
  paths: PathCommands;
  /** Opens the path finder panel. */
  showPaths(): void;
}

function button(
  text: string,
  testid: string,
  onClick: () => void,
  extra: Record<string, string> = {},
): HTMLButtonElement {
  const element = h("button", { type: "button", class: "tool-button", "data-testid": testid, ...extra }, text);
  element.addEventListener("click", onClick);
  return element;
}

function counts(detail: NodeDetail): { types: [string, number][]; labels: [string, number][] } {
  const labels = new Map<string, number>();
  for (const rel of detail.relationships) {
    const label = primaryLabel(rel.other.labels);
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  const sort = (entries: Iterable<[string, number]>) => [...entries].sort(([a], [b]) => a.localeCompare(b));
  return { types: sort(Object.entries(detail.degree)), labels: sort(labels) };
}

function checkboxGroup(
  legend: string,
  name: string,
  entries: [string, number][],
  text: (value: string) => string = (value) => value,
): HTMLFieldSetElement {
  return h(
    "fieldset",
    { class: "filter-group" },
    h("legend", {}, legend),
    ...entries.map(([value, count]) =>
      h(
        "label",
        { class: "check" },
        h("input", { type: "checkbox", name, value }),
        ` ${text(value)} `,
        h("span", { class: "muted" }, `(${count})`),
      ),
    ),
  );
}

/** Nothing ticked means no filter. */
function readFilter(form: HTMLElement): NeighbourFilter {
  const ticked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((input) => input.value);
  return { types: ticked("types"), labels: ticked("labels") };
}

export function renderNodeActions(
  key: string,
  detail: NodeDetail | null,
  deps: NodeActionsDeps,
): { element: HTMLElement; update(): void } {
  const { store, expand, paths } = deps;
  const filters = h(
    "details",
    { class: "expand-filters", "data-testid": "expand-filters" },
    h("summary", {}, "Filter neighbours"),
  );
  if (detail) {
    const { types, labels } = counts(detail);
    const { preferences, perspective } = store.get();
    const phrase = (type: string) => relationshipPhrase(type, perspective.current, preferences.language);
    filters.append(
      checkboxGroup("Relationship types", "types", types, phrase),
      checkboxGroup("Node labels", "labels", labels),
    );
  } else filters.append(h("p", { class: "muted" }, "Filters appear once the node's relationships have loaded."));

  const expandButton = button("Expand", "expand", () => void expand.expand(key, readFilter(filters)), {
    class: "tool-button primary",
    title: "Load this node's neighbours (Enter on the graph, or double-click)",
  });
  const collapseButton = button("Collapse", "collapse", () => expand.collapse(key), {
    title: "Remove the neighbours this expansion added that nothing else links to",
  });
  const hideButton = button("Hide", "hide", () => expand.hide(key), { title: "Remove this node from the view" });
  const pinButton = button("Pin", "pin", () => expand.togglePin(key), {
    title: "Keep this node where it is when the layout runs",
  });
  const fromButton = button("Path from here", "path-from", () => {
    paths.setEndpoint("from", key);
    deps.showPaths();
  });
  const toButton = button("Path to here", "path-to", () => {
    paths.setEndpoint("to", key);
    deps.showPaths();
  });
  const more = button("Load more", "load-more", () => void expand.loadMore(key));
  const paging = h("p", { class: "expand-status", "data-testid": "expand-status", role: "status" });

  const update = () => {
    const state = store.get();
    const record = expansionOf(state.scene, key);
    const busy = state.activity.pending !== null;
    expandButton.disabled = busy;
    expandButton.textContent = record ? "Expand again" : "Expand";
    more.disabled = busy;
    collapseButton.disabled = expand.collapseTargets(key).length === 0;
    const pinned = isPinned(state.pins, key);
    pinButton.setAttribute("aria-pressed", String(pinned));
    pinButton.textContent = pinned ? "Pinned" : "Pin";
    paging.replaceChildren();
    if (state.activity.pending) paging.append(state.activity.pending);
    else if (record) {
      const filtered = record.filter.types.length + record.filter.labels.length > 0 ? " (filtered)" : "";
      paging.append(`Showing ${record.loaded} of ${record.total} relationships${filtered}`);
      if (record.nextCursor) paging.append(" · ", more);
    }
  };
  update();
  const element = h(
    "section",
    { class: "node-actions", "aria-label": "Explore from this node", "data-testid": "node-actions" },
    h("div", { class: "tool-row" }, expandButton, collapseButton, hideButton, pinButton),
    paging,
    filters,
    h("div", { class: "tool-row" }, fromButton, toButton),
  );
  return { element, update };
}
