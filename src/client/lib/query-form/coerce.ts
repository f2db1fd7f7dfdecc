// Pure coercion of form fields to saved-query parameter values, with a message a person can act on.
import type { SavedQueryParam, SavedQueryValue } from "../../../shared/index.ts";
import type { FieldResult, FieldValue, FormResult, FormValues } from "./types.ts";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 1_000_000 and "1 000 000" both read as one million: long yen amounts are easy to mistype otherwise. */
function digits(text: string): string {
  return text.trim().replace(/(?<=\d)[_ ,](?=\d{3}\b|\d{3}[_ ,])/g, "");
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function initialValues(params: readonly SavedQueryParam[]): FormValues {
  return Object.fromEntries(params.map((p) => [p.name, p.type === "boolean" ? p.default === true : String(p.default)]));
}

/** Form values for parameter values a query already ran with. */
export function formValuesOf(params: readonly SavedQueryParam[], values: Record<string, SavedQueryValue>): FormValues {
  return Object.fromEntries(
    params
      .filter((p) => p.name in values)
      .map((p) => [p.name, p.type === "boolean" ? values[p.name] === true : String(values[p.name])]),
  );
}

/**
 * Parameter values from a link (text): each coerced by its type, the default where the link gives none or a bad one
 * (with a sentence saying so).
 */
export function paramsFromLink(
  params: readonly SavedQueryParam[],
  raw: Readonly<Record<string, string>>,
): { params: Record<string, SavedQueryValue>; problems: string[] } {
  const out: Record<string, SavedQueryValue> = {};
  const problems: string[] = [];
  for (const param of params) {
    const text = raw[param.name];
    const result = text === undefined ? null : coerceField(param, text);
    if (result && !result.ok) problems.push(`The link's ${param.name}: ${result.message} The default is used.`);
    out[param.name] = result?.ok ? result.value : param.default;
  }
  return { params: out, problems };
}

export function coerceField(param: SavedQueryParam, raw: FieldValue | undefined): FieldResult {
  if (param.type === "boolean") return { ok: true, value: raw === true || raw === "true" };
  const text = typeof raw === "string" ? raw.trim() : "";
  if (text === "") return { ok: false, message: `Enter a value (for example ${String(param.example)}).` };
  switch (param.type) {
    case "string":
    case "entity":
      return { ok: true, value: text };
    case "number": {
      const clean = digits(text);
      return NUMBER.test(clean)
        ? { ok: true, value: Number(clean) }
        : { ok: false, message: `'${text}' is not a number (for example ${String(param.example)}).` };
    }
    case "integer": {
      const clean = digits(text);
      if (!INTEGER.test(clean))
        return { ok: false, message: `'${text}' is not a whole number (for example ${String(param.example)}).` };
      const n = Number(clean);
      return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false, message: `'${text}' is too large.` };
    }
    case "date": {
      const m = DATE.exec(text);
      if (!m)
        return { ok: false, message: `'${text}' is not a date as YYYY-MM-DD (for example ${String(param.example)}).` };
      return isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))
        ? { ok: true, value: text }
        : { ok: false, message: `'${text}' is not a calendar date.` };
    }
  }
}

/** Every field is checked, so the form can mark all mistakes at once rather than one per try. */
export function coerceForm(params: readonly SavedQueryParam[], values: FormValues): FormResult {
  const out: Record<string, string | number | boolean> = {};
  const errors: Record<string, string> = {};
  for (const param of params) {
    const result = coerceField(param, values[param.name]);
    if (result.ok) out[param.name] = result.value;
    else errors[param.name] = result.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, params: out };
}
