// Counts from Neo4j integers, shared by the explore endpoints.
import type { Integer } from "../db/driver-types.ts";
import { intToJson } from "../db/to-wire.ts";

export const toCount = (value: Integer | number): number =>
  Number(typeof value === "number" ? value : intToJson(value));
