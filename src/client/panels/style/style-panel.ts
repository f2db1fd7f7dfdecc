// The Style panel: size and colour by a network measure; per label, the caption property, the colour and the size
// rule, previewed live on the stage (through the store and the reducers); download the perspective as
// perspective.json, or reset to the loaded one.
import type { GraphSchema, LabelSchema, LabelStyle, Perspective, PropertyStats } from "../../../shared/index.ts";
import type { Actions, AppState } from "../../core/store/index.ts";
import type { PerspectiveState } from "../../core/perspective/index.ts";
import { h } from "../../lib/dom.ts";
import { downloadFile } from "../../lib/download.ts";
import type { Store } from "../../lib/create-store.ts";
import { perspectiveFile } from "./perspective-file.ts";
import { measureRulesView } from "./measure-rules-view.ts";

const NO_CAPTION = "";
const isNumber = (p: PropertyStats) => p.types[0] === "integer" || p.types[0] === "float";

/** Caption choices: strings first (most often set), then the rest; the current one even if the schema lacks it. */
function captionChoices(label: LabelSchema | undefined, current: string | null): string[] {
  const props = [...(label?.properties ?? [])].sort(
    (a, b) =>
      Number(b.types[0] === "string") - Number(a.types[0] === "string") ||
      b.share - a.share ||
      a.key.localeCompare(b.key),
  );
  const keys = props.map((p) => p.key);
  return current && !keys.includes(current) ? [current, ...keys] : keys;
}

/** A new caption brings its own language variants (`title_ja`...) when the label has them, and no others. */
function captionChange(label: LabelSchema | undefined, caption: string | null): Partial<LabelStyle> {
  const has = (key: string) => label?.properties.some((p) => p.key === key) ?? false;
  const captionByLanguage: LabelStyle["captionByLanguage"] = {};
  if (caption)
    for (const language of ["ja", "zh"] as const)
      if (has(`${caption}_${language}`)) captionByLanguage[language] = `${caption}_${language}`;
  return { caption, captionByLanguage };
}

function select(
  id: string,
  testid: string,
  options: [string, string][],
  value: string,
  onChange: (value: string) => void,
): HTMLSelectElement {
  const element = h(
    "select",
    { id, "data-testid": testid },
    ...options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
  );
  element.value = value;
  element.addEventListener("change", () => onChange(element.value));
  return element;
}

function labelControls(
  name: string,
  style: LabelStyle,
  label: LabelSchema | undefined,
  index: number,
  actions: Actions,
): HTMLElement {
  const id = (what: string) => `style-${index}-${what}`;
  const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
  swatch.style.backgroundColor = style.color;
  const caption = select(
    id("caption"),
    "style-caption",
    [
      ...captionChoices(label, style.caption).map((key): [string, string] => [key, key]),
      [NO_CAPTION, "(none: label and id)"],
    ],
    style.caption ?? NO_CAPTION,
    (value) => actions.perspective.style(name, captionChange(label, value === NO_CAPTION ? null : value)),
  );
  const color = h("input", { id: id("color"), type: "color", value: style.color, "data-testid": "style-color" });
  color.addEventListener("input", () => {
    swatch.style.backgroundColor = color.value;
    actions.perspective.style(name, { color: color.value });
  });
  const numbers = (label?.properties ?? []).filter(isNumber).map((p) => p.key);
  if (style.size.by === "property" && !numbers.includes(style.size.property)) numbers.unshift(style.size.property);
  const size = select(
    id("size"),
    "style-size",
    [["degree", "by degree"], ...numbers.map((key): [string, string] => [`property:${key}`, `by ${key}`])],
    style.size.by === "degree" ? "degree" : `property:${style.size.property}`,
    (value) =>
      actions.perspective.style(name, {
        size: value === "degree" ? { by: "degree" } : { by: "property", property: value.slice("property:".length) },
      }),
  );
  const field = (what: string, text: string, control: HTMLElement) =>
    h("div", { class: "style-field" }, h("label", { for: id(what) }, text), control);
  return h(
    "fieldset",
    { class: "style-label", "data-testid": "style-label", "data-label": name },
    h(
      "legend",
      {},
      swatch,
      h("span", { class: "style-label-name" }, name),
      label ? h("span", { class: "muted" }, ` (${label.count.toLocaleString("en")})`) : null,
    ),
    field("caption", "Caption", caption),
    field("color", "Colour", color),
    field("size", "Size", size),
  );
}

function origin(state: PerspectiveState): HTMLElement[] {
  const from =
    state.source === "file"
      ? "The graph's perspective file."
      : "Generated from the graph's schema (no perspective file, or one with problems).";
  const problems = state.problems.map((p) =>
    h(
      "li",
      { "data-testid": "perspective-problem" },
      h("span", { class: "mono" }, `${p.file}${p.line === null ? "" : `:${p.line}`}`),
      p.path ? ` ${p.path}: ` : ": ",
      p.message,
    ),
  );
  return [
    h("p", { class: "muted", "data-testid": "perspective-source", "data-source": state.source ?? "" }, from),
    ...(problems.length
      ? [
          h(
            "div",
            { class: "notice", role: "status" },
            h("p", {}, "The perspective file was not used:"),
            h("ul", { class: "perspective-problems" }, ...problems),
          ),
        ]
      : []),
  ];
}

function orderedLabels(perspective: Perspective, schema: GraphSchema | null): string[] {
  const count = (name: string) => schema?.labels.find((l) => l.name === name)?.count ?? 0;
  return Object.keys(perspective.labels).sort((a, b) => count(b) - count(a) || a.localeCompare(b));
}

export function mountStylePanel(body: HTMLElement, store: Store<AppState>, actions: Actions): void {
  let updateMeasures: ((state: AppState) => void) | null = null;
  const render = () => {
    const state = store.get().perspective;
    const perspective = state.current;
    if (!perspective) {
      const text = state.status === "error" ? "The perspective could not be loaded." : "Loading the perspective…";
      return body.replaceChildren(h("p", { class: "muted", role: "status" }, text));
    }
    const download = h(
      "button",
      { type: "button", class: "tool-button primary", "data-testid": "style-download" },
      "Download perspective.json",
    );
    download.addEventListener("click", () => {
      const current = store.get().perspective.current;
      if (current) downloadFile(perspectiveFile(current));
    });
    const reset = h(
      "button",
      { type: "button", class: "tool-button", "data-testid": "style-reset", title: "Back to the loaded perspective" },
      "Reset",
    );
    reset.addEventListener("click", () => actions.perspective.reset());
    const labels = orderedLabels(perspective, state.schema).map((name, i) =>
      labelControls(
        name,
        perspective.labels[name]!,
        state.schema?.labels.find((l) => l.name === name),
        i,
        actions,
      ),
    );
    const measures = measureRulesView(perspective, actions);
    updateMeasures = measures.update;
    measures.update(store.get());
    body.replaceChildren(
      ...origin(state),
      h("div", { class: "tool-row" }, download, reset),
      h(
        "form",
        { class: "style-form", "data-testid": "style-form", "aria-label": "Style per label" },
        measures.element,
        ...labels,
      ),
    );
  };
  render();
  store.watch(
    (s) => s.measures,
    () => updateMeasures?.(store.get()),
  );
  store.watch(
    (s) => s.perspective.current?.nodeRules,
    () => updateMeasures?.(store.get()),
  );
  store.watch((s) => s.perspective.base, render);
  store.watch((s) => s.perspective.schema, render);
  store.watch((s) => s.perspective.status, render);
  // Edits come from these controls and need no redraw (it would close an open colour picker); a reset does.
  store.watch(
    (s) => s.perspective.current,
    (current) => current === store.get().perspective.base && render(),
  );
}
