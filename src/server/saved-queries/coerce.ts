// Turns parameter values from the CLI, a URL or JSON into each parameter's type, and then into what the driver needs.
import { date, int } from "../db/read.ts";
import { BadRequestError } from "../errors.ts";
import type { SavedQuery, SavedQueryParamType, SavedQueryValue } from "./types.ts";
import { closeNames } from "./close-names.ts";

export type ParsedValue = { ok: true; value: SavedQueryValue } | { ok: false; reason: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TRUE = new Set(["true", "yes", "on", "1"]);
const FALSE = new Set(["false", "no", "off", "0"]);

const fail = (reason: string): ParsedValue => ({ ok: false, reason });
const shown = (raw: unknown) => (typeof raw === "string" ? `'${raw}'` : (JSON.stringify(raw) ?? String(raw)));

/** Underscores between digits read as on a cheque (1_000_000_000): long amounts are easy to mistype otherwise. */
function digits(text: string): string {
  return text.trim().replace(/(?<=\d)_(?=\d)/g, "");
}

/** Checks one value against a type and returns its JSON form (numbers as numbers, dates as YYYY-MM-DD). */
export function parseValue(type: SavedQueryParamType, raw: unknown): ParsedValue {
  switch (type) {
    case "entity":
      if (typeof raw === "string" && raw.trim() === "") return fail("expected a name, a slug or an element id, got ''");
    // falls through: the text itself, resolved to a node when the query runs (run.ts)
    case "string":
      if (typeof raw === "string") return { ok: true, value: raw };
      if (typeof raw === "number" || typeof raw === "boolean") return { ok: true, value: String(raw) };
      return fail(`expected text, got ${shown(raw)}`);
    case "number": {
      const n =
        typeof raw === "number" ? raw : typeof raw === "string" && NUMBER.test(digits(raw)) ? Number(digits(raw)) : NaN;
      return Number.isFinite(n) ? { ok: true, value: n } : fail(`expected a number, got ${shown(raw)}`);
    }
    case "integer": {
      const n =
        typeof raw === "number"
          ? raw
          : typeof raw === "string" && INTEGER.test(digits(raw))
            ? Number(digits(raw))
            : NaN;
      if (!Number.isInteger(n)) return fail(`expected a whole number, got ${shown(raw)}`);
      return Number.isSafeInteger(n) ? { ok: true, value: n } : fail(`${shown(raw)} is too large for a whole number`);
    }
    case "boolean": {
      if (typeof raw === "boolean") return { ok: true, value: raw };
      const word = typeof raw === "string" ? raw.trim().toLowerCase() : "";
      if (TRUE.has(word)) return { ok: true, value: true };
      if (FALSE.has(word)) return { ok: true, value: false };
      return fail(`expected true or false, got ${shown(raw)}`);
    }
    case "date": {
      const m = typeof raw === "string" ? DATE.exec(raw.trim()) : null;
      if (!m) return fail(`expected a date as YYYY-MM-DD, got ${shown(raw)}`);
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const check = new Date(Date.UTC(y, mo - 1, d));
      const real = check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d;
      return real ? { ok: true, value: m[0] } : fail(`${shown(raw)} is not a calendar date`);
    }
  }
}

/** Cypher rejects floats for LIMIT and path lengths, and compares dates only with real date values. */
export function toDriverValue(type: SavedQueryParamType, value: SavedQueryValue): unknown {
  if (type === "integer") return int(value as number);
  if (type === "date") {
    const [y, m, d] = String(value).split("-").map(Number);
    return date(y!, m!, d!);
  }
  return value;
}

/**
 * The parameters to send with a saved query: defaults for what is missing, every value converted to its type.
 * Unknown names and bad values are the caller's mistake, so they are BadRequestErrors naming the parameter.
 */
export function coerceParams(query: SavedQuery, raw: Record<string, unknown>): Record<string, unknown> {
  const known = new Set(query.params.map((p) => p.name));
  for (const name of Object.keys(raw)) {
    if (known.has(name)) continue;
    const close = closeNames(name, [...known], 3);
    const takes = known.size ? `it takes ${[...known].map((n) => `'${n}'`).join(", ")}` : "it takes no parameters";
    const hint = close.length ? ` (did you mean '${close[0]}'?)` : "";
    throw new BadRequestError(`Unknown parameter '${name}' for saved query '${query.name}'${hint}; ${takes}.`, {
      param: name,
      query: query.name,
    });
  }
  const out: Record<string, unknown> = {};
  for (const p of query.params) {
    const given = raw[p.name];
    if (given === undefined || given === null) {
      out[p.name] = toDriverValue(p.type, p.default);
      continue;
    }
    const parsed = parseValue(p.type, given);
    if (!parsed.ok) {
      throw new BadRequestError(`Parameter '${p.name}' of saved query '${query.name}': ${parsed.reason}.`, {
        param: p.name,
        query: query.name,
      });
    }
    out[p.name] = toDriverValue(p.type, parsed.value);
  }
  return out;
}
