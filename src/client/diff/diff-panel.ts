// The "Changes" panel: open a diff file, see its counts with the stage's colour key, and step through the changes
// (buttons, or the list) with each one's properties and quote.
import type { Actions, AppState } from "../core/store/index.ts";
import { changeCount, type DiffState } from "../core/diff/index.ts";
import type { Store } from "../lib/create-store.ts";
import { h } from "../lib/dom.ts";
import type { DiffView } from "./diff-view.ts";

export interface DiffPanelDeps {
  store: Store<AppState>;
  actions: Actions;
  /** Reads and checks a chosen file, then hands it to the store. */
  openFile: (file: File) => void;
  /** The view of the diff on show (built once per diff). */
  view: () => DiffView | null;
}

const KEY = [
  ["added", "added"],
  ["removed", "removed"],
  ["changed", "changed"],
  ["rekeyed", "new key"],
] as const;

export function mountDiffPanel(body: HTMLElement, { store, actions, openFile, view }: DiffPanelDeps): () => void {
  const input = h("input", {
    type: "file",
    accept: ".json,application/json",
    "data-testid": "diff-file",
    "aria-describedby": "diff-intro",
  });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) openFile(file);
    input.value = "";
  });
  const intro = h(
    "p",
    { id: "diff-intro", class: "muted" },
    "Open a diff written by ",
    h("code", {}, "npm run diff -- A B --format json --out diff.json"),
    ", or link to one with ?diff=URL.",
  );
  const message = h("div", { class: "diff-message", "data-testid": "diff-message" });
  const summary = h("div", { class: "diff-summary", "data-testid": "diff-summary" });
  const prev = h("button", { type: "button", class: "tool-button", "data-testid": "diff-prev" }, "‹ Previous");
  const next = h("button", { type: "button", class: "tool-button", "data-testid": "diff-next" }, "Next ›");
  const position = h("span", { class: "diff-position", "aria-live": "polite", "data-testid": "diff-position" });
  const close = h("button", { type: "button", class: "tool-button", "data-testid": "diff-close" }, "Close diff");
  const nav = h("div", { class: "diff-nav" }, prev, position, next, close);
  const list = h("ol", { class: "diff-list", "data-testid": "diff-list" });
  prev.addEventListener("click", actions.diff.previous);
  next.addEventListener("click", actions.diff.next);
  close.addEventListener("click", actions.diff.clear);
  body.append(intro, h("label", { class: "diff-open" }, "Diff file ", input), message, summary, nav, list);

  let shown: DiffView | null = null;
  const renderList = (v: DiffView) => {
    list.replaceChildren(
      ...v.steps.map((step, i) => {
        const button = h("button", { type: "button", class: "diff-step", "data-change": step.kind }, step.title);
        button.addEventListener("click", () => actions.diff.step(i));
        return h(
          "li",
          { "data-change": step.kind },
          button,
          step.lines.length ? h("ul", { class: "diff-lines" }, ...step.lines.map((line) => h("li", {}, line))) : null,
        );
      }),
    );
  };

  const render = (state: DiffState) => {
    body.dataset.diffStatus = state.status;
    message.removeAttribute("role");
    message.className = "diff-message";
    if (state.status === "error") {
      message.setAttribute("role", "alert");
      message.className = "diff-message notice notice-error";
      message.textContent = state.message;
    } else if (state.status === "loading") {
      message.setAttribute("role", "status");
      message.textContent = `Loading ${state.source}…`;
    } else message.textContent = "";
    const ready = state.status === "ready";
    nav.hidden = !ready;
    summary.hidden = !ready;
    list.hidden = !ready;
    if (!ready) {
      shown = null;
      list.replaceChildren();
      return;
    }
    const v = view();
    if (v && v !== shown) {
      shown = v;
      renderList(v);
      const { nodes, relationships } = state.diff.summary;
      const counts = { ...nodes, relationships: relationships.added + relationships.removed + relationships.changed };
      summary.replaceChildren(
        h("p", {}, `${state.diff.a.source} → ${state.diff.b.source}`),
        h(
          "p",
          {},
          `Nodes: ${counts.added} added, ${counts.removed} removed, ${counts.changed} changed, ${counts.rekeyed} with a new key. ` +
            `Relationships: ${relationships.added} added, ${relationships.removed} removed, ${relationships.changed} changed.`,
        ),
        h(
          "ul",
          { class: "diff-key", "aria-label": "Colours on the stage" },
          ...KEY.map(([kind, text]) => h("li", { "data-change": kind }, text)),
        ),
      );
      if (changeCount(state) === 0) summary.append(h("p", { role: "status" }, "No difference."));
    }
    const count = changeCount(state);
    position.textContent = state.step === null ? `${count} changes` : `${state.step + 1} of ${count}`;
    prev.disabled = next.disabled = count === 0;
    list.querySelectorAll<HTMLElement>(":scope > li").forEach((li, i) => {
      const current = i === state.step;
      li.classList.toggle("current", current);
      const button = li.querySelector("button");
      if (current) button?.setAttribute("aria-current", "step");
      else button?.removeAttribute("aria-current");
      if (current) li.scrollIntoView({ block: "nearest" });
    });
  };
  render(store.get().diff);
  return store.watch((s) => s.diff, render);
}
