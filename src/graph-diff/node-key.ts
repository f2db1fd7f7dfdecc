// The stable key of a node: its `id` slug, else the key constraint the scripts declare for one of its labels,
// else (a node nothing identifies) its labels and whole content.
import type { Properties } from "../shared/index.ts";
import { canonical } from "./canonical.ts";

/** Label → the property lists of its uniqueness and node-key constraints. */
export type KeyConstraints = ReadonlyMap<string, readonly (readonly string[])[]>;

export interface NodeKey {
  key: string;
  keyProperties: readonly string[];
  /** `id` or `Label.prop[,prop]`; empty when keyed by content. */
  rule: string;
}

const scalar = (v: unknown): v is string | number => typeof v === "string" || typeof v === "number";

export function nodeKey(labels: readonly string[], properties: Properties, constraints: KeyConstraints): NodeKey {
  const id = properties.id;
  if (scalar(id)) return { key: String(id), keyProperties: ["id"], rule: "id" };
  for (const label of [...labels].sort()) {
    for (const props of constraints.get(label) ?? []) {
      if (!props.every((p) => properties[p] !== undefined && properties[p] !== null)) continue;
      const parts = props.map(
        (p) => `${p}=${scalar(properties[p]) ? String(properties[p]) : canonical(properties[p])}`,
      );
      return { key: `${label}(${parts.join(", ")})`, keyProperties: props, rule: `${label}.${props.join(",")}` };
    }
  }
  return { key: `${[...labels].sort().join(":")}${canonical(properties)}`, keyProperties: [], rule: "" };
}
