// The perspective's node rules joined to the measures computed so far: what the reducers size and colour nodes by.
import { DEFAULT_NODE_RULES, type NodeRules } from "../../shared/index.ts";
import type { MeasureEntry, MeasuresState } from "../core/measures/index.ts";
import type { MeasureRules, MeasureValues } from "../lib/appearance/index.ts";

function valuesOf(entry: MeasureEntry | undefined): MeasureValues | null {
  if (!entry) return null;
  const { index, result } = entry;
  return {
    values: result.values,
    valueOf: (key) => {
      const i = index.get(key);
      return i === undefined ? undefined : result.values[i];
    },
  };
}

/** A rule whose measure is not computed yet leaves the labels' own look until it is. */
export function measureRules(rules: NodeRules | undefined, entries: MeasuresState["entries"]): MeasureRules {
  const { size, color } = { ...DEFAULT_NODE_RULES, ...rules };
  const sized = size === "label" ? null : valuesOf(entries[size]);
  const colored = color === "label" ? null : valuesOf(entries[color]);
  return {
    size: sized,
    color: colored ? { values: colored, kind: color === "community" ? "community" : "scale" } : null,
  };
}
