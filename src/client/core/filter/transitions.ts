// Pure filter transitions.
import type { FilterState } from "./types.ts";

export function toggleCategory(state: FilterState, category: string): FilterState {
  const hidden = state.hiddenCategories.includes(category)
    ? state.hiddenCategories.filter((c) => c !== category)
    : [...state.hiddenCategories, category].sort();
  return { hiddenCategories: hidden };
}

export function setHiddenCategories(state: FilterState, categories: readonly string[]): FilterState {
  const next = [...new Set(categories)].sort();
  return next.join("\n") === state.hiddenCategories.join("\n") ? state : { hiddenCategories: next };
}
