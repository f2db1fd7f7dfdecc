// The form of one saved query, generated from its parameters: typed inputs, defaults, examples, inline errors.
import type { SavedQuery, SavedQueryParam, SavedQueryValue } from "../../shared/index.ts";
import { coerceForm, formValuesOf, initialValues, type FormValues } from "../lib/query-form/index.ts";
import { h } from "../lib/dom.ts";

function input(param: SavedQueryParam, id: string, value: string | boolean): HTMLInputElement {
  if (param.type === "boolean") return h("input", { id, type: "checkbox", name: param.name, checked: value === true });
  const numeric = param.type === "number" || param.type === "integer";
  // Text rather than type=number: the browser would blank out "1_000" instead of letting us explain it.
  return h("input", {
    id,
    name: param.name,
    value: String(value),
    type: param.type === "date" ? "date" : "text",
    inputmode: numeric ? (param.type === "integer" ? "numeric" : "decimal") : null,
    autocomplete: "off",
    spellcheck: "false",
  });
}

/**
 * A search field for an `entity` parameter (the header's combobox): the person types a name in any language and picks
 * a hit. It returns the input, named like the parameter, holding the picked node's key or the typed text.
 */
export type EntityPicker = (container: HTMLElement, param: SavedQueryParam, index: number) => HTMLInputElement | null;

function field(
  query: SavedQuery,
  param: SavedQueryParam,
  value: string | boolean,
  picker: EntityPicker | undefined,
  index: number,
): HTMLElement {
  const id = `param-${query.name}-${param.name}`;
  if (param.type === "entity" && picker) {
    const box = h("div", { class: "field field-entity", "data-param": param.name });
    const control = picker(box, param, index);
    if (control) {
      control.name = param.name;
      control.setAttribute("aria-describedby", `${id}-hint ${id}-error`);
      box.append(
        h(
          "p",
          { class: "field-hint", id: `${id}-hint` },
          `${param.description}. Type a name and pick it. Default: ${String(param.default)} · example: ${String(param.example)}`,
        ),
        h("p", { class: "field-error", id: `${id}-error`, "data-testid": "param-error", hidden: true }),
      );
      return box;
    }
  }
  const control = input(param, id, value);
  const hint = h(
    "p",
    { class: "field-hint", id: `${id}-hint` },
    `${param.description}. Default: ${String(param.default)} · example: ${String(param.example)} (${param.type})`,
  );
  const error = h("p", { class: "field-error", id: `${id}-error`, "data-testid": "param-error", hidden: true });
  control.setAttribute("aria-describedby", `${id}-hint ${id}-error`);
  const label = h("label", { for: id }, param.name);
  return param.type === "boolean"
    ? h("div", { class: "field field-check", "data-param": param.name }, control, label, hint, error)
    : h("div", { class: "field", "data-param": param.name }, label, control, hint, error);
}

function readValues(form: HTMLFormElement, query: SavedQuery): FormValues {
  const values: FormValues = {};
  for (const param of query.params) {
    const control = form.elements.namedItem(param.name) as HTMLInputElement | null;
    // A picked entity sends its key (slug or element id); typed text goes as it is, resolved by the server.
    if (control)
      values[param.name] = param.type === "boolean" ? control.checked : (control.dataset.key ?? control.value);
  }
  return values;
}

function showErrors(form: HTMLFormElement, errors: Record<string, string>): void {
  let first: HTMLInputElement | null = null;
  for (const box of form.querySelectorAll<HTMLElement>(".field")) {
    const name = box.dataset.param ?? "";
    const message = errors[name];
    const control = box.querySelector("input");
    const error = box.querySelector<HTMLElement>(".field-error");
    control?.setAttribute("aria-invalid", String(message !== undefined));
    if (error) {
      error.hidden = message === undefined;
      error.textContent = message ?? "";
    }
    if (message !== undefined && !first) first = control;
  }
  first?.focus();
}

export function renderQueryForm(
  query: SavedQuery,
  onRun: (params: Record<string, SavedQueryValue>) => void,
  picker?: EntityPicker,
  start?: Record<string, SavedQueryValue>,
): HTMLFormElement {
  const values = { ...initialValues(query.params), ...(start ? formValuesOf(query.params, start) : {}) };
  const entityIndex = (param: SavedQueryParam) =>
    query.params.filter((p) => p.type === "entity").findIndex((p) => p.name === param.name);
  const form = h(
    "form",
    { class: "query-form", "data-testid": "query-form", novalidate: true },
    ...query.params.map((param) => field(query, param, values[param.name] ?? "", picker, entityIndex(param))),
    query.params.length === 0 ? h("p", { class: "muted" }, "This query takes no parameters.") : null,
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "submit", class: "button", "data-testid": "run-query" }, "Run query"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = coerceForm(query.params, readValues(form, query));
    showErrors(form, result.ok ? {} : result.errors);
    if (result.ok) onRun(result.params);
  });
  return form;
}
