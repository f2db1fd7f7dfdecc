// A search-as-you-type field following the ARIA combobox pattern: the input keeps focus, arrow keys
// move through a listbox of hits (aria-activedescendant), Enter chooses, Escape closes.
import type { SearchHit } from "../../shared/index.ts";
import type { ApiClient } from "../api/index.ts";
import { describeFailure, isAbort } from "../api/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import { colorForCategory } from "../lib/appearance/index.ts";
import { displayNameLanguageOf, displayNameOf, type Language } from "../../shared/index.ts";
import {
  activeHit,
  SEARCH_DEBOUNCE_MS,
  SEARCH_LIMIT,
  type FieldState,
  type SearchField,
} from "../core/search/index.ts";
import { h } from "../lib/dom.ts";
import { languageMark } from "../lib/names/language-mark.ts";
import type { Store } from "../lib/create-store.ts";

export interface ComboboxOptions {
  field: SearchField;
  label: string;
  placeholder: string;
  /** Visually hide the label (the header's search has its own icon and placeholder). */
  hideLabel?: boolean;
  onChoose(hit: SearchHit): void;
}

export interface Combobox {
  input: HTMLInputElement;
  /** Shows a name in the field without searching (an endpoint chosen elsewhere). */
  setText(text: string): void;
}

function optionView(hit: SearchHit, index: number, active: boolean, id: string, language: Language): HTMLElement {
  // On a graph without the article's names, the server's caption (hit.name) beats an element id.
  const name = displayNameOf(hit.node.properties, language, hit.name);
  const shownIn = displayNameLanguageOf(hit.node.properties, language);
  const dot = h("span", { class: "dot", "aria-hidden": "true" });
  dot.style.backgroundColor = colorForCategory(hit.label);
  const matched = hit.matched && hit.matched !== name ? h("span", { class: "combo-matched" }, hit.matched) : null;
  return h(
    "li",
    {
      id: `${id}-opt-${index}`,
      role: "option",
      class: "combo-option",
      "aria-selected": String(active),
      "data-key": hit.key,
      "data-index": index,
    },
    dot,
    h("span", { class: "combo-name", lang: shownIn ?? language }, name),
    languageMark(shownIn, language),
    matched,
    h("span", { class: "combo-label" }, hit.label),
  );
}

function statusText(state: FieldState): string {
  if (state.status === "loading") return "Searching…";
  if (state.status === "error") return `Search failed. ${state.failure?.title ?? ""}: ${state.failure?.message ?? ""}`;
  if (state.status === "ready" && state.hits.length === 0)
    return `Nothing matches “${state.query.trim()}”. Try another spelling, or a name in Japanese, Chinese or English.`;
  if (state.status === "ready")
    return `${state.hits.length} result${state.hits.length === 1 ? "" : "s"}, use the arrow keys to choose.`;
  return "";
}

export function mountCombobox(
  container: HTMLElement,
  store: Store<AppState>,
  actions: Actions,
  source: ApiClient,
  options: ComboboxOptions,
): Combobox {
  const { field } = options;
  const id = `combo-${field}`;
  const input = h("input", {
    id: `${id}-input`,
    type: "search",
    class: "combo-input",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `${id}-list`,
    placeholder: options.placeholder,
    "data-testid": `${field}-search-input`,
  });
  const list = h("ul", {
    id: `${id}-list`,
    role: "listbox",
    class: "combo-list",
    "aria-label": options.label,
    "data-testid": `${field}-search-results`,
    hidden: true,
  });
  const status = h("p", {
    class: "combo-status",
    role: "status",
    "aria-live": "polite",
    "data-testid": `${field}-search-status`,
  });
  const label = h("label", { for: input.id, class: options.hideLabel ? "sr-only" : "combo-label-text" }, options.label);
  container.append(h("div", { class: "combo" }, label, input, list, status));

  /** The server's word on how the last answer was found (e.g. a slow scan without an index), shown under the hits. */
  let note = "";
  const noteView = () => h("li", { class: "combo-note", role: "none", "data-testid": `${field}-search-note` }, note);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;
  const search = (query: string) => {
    clearTimeout(timer);
    inFlight?.abort();
    if (query.trim() === "") return;
    timer = setTimeout(() => {
      const controller = new AbortController();
      inFlight = controller;
      source.call("search", { query: { q: query.trim(), limit: SEARCH_LIMIT } }, controller.signal).then(
        (response) => {
          note = response.note ?? "";
          actions.search.arrived(field, query, response.hits);
        },
        (error: unknown) => {
          if (!isAbort(error)) actions.search.failed(field, query, describeFailure(error));
        },
      );
    }, SEARCH_DEBOUNCE_MS);
  };

  const choose = (hit: SearchHit | null) => {
    if (!hit) return;
    const name = displayNameOf(hit.node.properties, store.get().preferences.language, hit.key);
    input.value = name;
    actions.search.chosen(field, name);
    options.onChoose(hit);
  };

  input.addEventListener("input", () => {
    actions.search.typed(field, input.value);
    search(input.value);
  });
  input.addEventListener("keydown", (event) => {
    const state = store.get().search[field];
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      actions.search.move(field, event.key === "ArrowDown" ? 1 : -1);
      event.preventDefault();
    } else if (event.key === "Enter") {
      if (activeHit(state)) event.preventDefault();
      choose(activeHit(state));
    } else if (event.key === "Escape" && state.open) {
      actions.search.close(field);
      // Escape in the list closes it; it must not also clear the selection behind it.
      event.preventDefault();
      event.stopPropagation();
    }
  });
  input.addEventListener("blur", () => actions.search.close(field));
  input.addEventListener("focus", () => actions.search.open(field));
  // mousedown, not click: choosing must happen before the input's blur closes the list.
  list.addEventListener("mousedown", (event) => {
    const option = (event.target as HTMLElement).closest<HTMLElement>("[role=option]");
    if (!option) return;
    event.preventDefault();
    choose(store.get().search[field].hits[Number(option.dataset.index)] ?? null);
  });

  const render = () => {
    const state = store.get().search[field];
    const language = store.get().preferences.language;
    const showList = state.open && state.hits.length > 0;
    input.setAttribute("aria-expanded", String(showList));
    if (input.value !== state.query && document.activeElement !== input) input.value = state.query;
    list.hidden = !showList;
    list.replaceChildren(...state.hits.map((hit, i) => optionView(hit, i, i === state.active, id, language)));
    if (note && state.status === "ready") list.append(noteView());
    if (showList && state.active >= 0) input.setAttribute("aria-activedescendant", `${id}-opt-${state.active}`);
    else input.removeAttribute("aria-activedescendant");
    list.querySelector(`#${id}-opt-${state.active}`)?.scrollIntoView({ block: "nearest" });
    const said = state.open || state.status === "error" ? statusText(state) : "";
    status.textContent = said && note && state.status === "ready" ? `${said} ${note}` : said;
    status.dataset.state = state.status;
  };
  render();
  store.watch((s) => s.search[field], render);
  store.watch((s) => s.preferences.language, render);

  return {
    input,
    setText(text: string) {
      if (document.activeElement === input || input.value === text) return;
      input.value = text;
      actions.search.chosen(field, text);
    },
  };
}
