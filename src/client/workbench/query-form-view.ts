// The form of one saved query, generated from its parameters: typed inputs, defaults, examples, inline errors.
import type { SavedQuery, SavedQueryParam, SavedQueryValue } from "../../shared/index.ts";
import { coerceForm, initialValues, type FormValues } from "../lib/query-form/index.ts";
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

function field(query: SavedQuery, param: SavedQueryParam, value: string | boolean): HTMLElement {
  const id = `param-${query.name}-${param.name}`;
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
    if (control) values[param.name] = param.type === "boolean" ? control.checked : control.value;
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
): HTMLFormElement {
  const values = initialValues(query.params);
  const form = h(
    "form",
    { class: "query-form", "data-testid": "query-form", novalidate: true },
    ...query.params.map((param) => field(query, param, values[param.name] ?? "")),
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
