// Small helpers shared by the explore endpoints.
import type { Integer } from "../db/driver-types.ts";
import { intToJson } from "../db/to-wire.ts";

/** The label that says what an entity is; :Entity is only the marker every entity carries. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((l) => l !== "Entity") ?? labels[0] ?? "";
}

export const toCount = (value: Integer | number): number =>
  Number(typeof value === "number" ? value : intToJson(value));
