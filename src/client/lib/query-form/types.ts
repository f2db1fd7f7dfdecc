// Field values as the form holds them (text, or a checkbox's state) and the outcome of checking them.
import type { SavedQueryValue } from "../../../shared/index.ts";

export type FieldValue = string | boolean;
export type FormValues = Record<string, FieldValue>;

export type FieldResult = { ok: true; value: SavedQueryValue } | { ok: false; message: string };

export type FormResult =
  | { ok: true; params: Record<string, SavedQueryValue> }
  /** One message per bad field, keyed by parameter name; the values typed stay in the form. */
  | { ok: false; errors: Record<string, string> };
