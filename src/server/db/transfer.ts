// Carries query parameters and errors across a worker-thread boundary, where structured cloning drops
// the driver's Integer and Date classes and every Error subclass.
import neo4j, { isDate, isInt, type Integer } from "neo4j-driver";
import { AppError } from "../errors.ts";

type Tagged = { $int: string } | { $date: string };

export function encodeParams(value: unknown): unknown {
  if (isInt(value)) return { $int: (value as Integer).toString() };
  if (isDate(value)) return { $date: String(value) };
  if (Array.isArray(value)) return value.map(encodeParams);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeParams(v)]));
  return value;
}

export function decodeParams(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeParams);
  if (value && typeof value === "object") {
    const tagged = value as Partial<Record<"$int" | "$date", string>>;
    const keys = Object.keys(value);
    if (keys.length === 1 && typeof tagged.$int === "string") return neo4j.int(tagged.$int);
    if (keys.length === 1 && typeof tagged.$date === "string") {
      const [y, m, d] = tagged.$date.split("-").map(Number);
      return new neo4j.types.Date(y!, m!, d!);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeParams(v)]));
  }
  return value;
}

export interface TransferredError {
  code: string;
  message: string;
  details?: unknown;
}

export const encodeError = (error: unknown): TransferredError =>
  error instanceof AppError
    ? { code: error.code, message: error.message, details: error.details }
    : { code: "internal", message: "Unexpected error" };

export const decodeError = (e: TransferredError): AppError => new AppError(e.code, e.message, e.details);

export type { Tagged };
