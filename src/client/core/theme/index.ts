// Light and dark themes: which one is in force, where it came from, and toggling it.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { ThemeName, ThemeState } from "./types.ts";
import { setTheme, toggleTheme } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createThemeActions<S extends { theme: ThemeState }>(store: Store<S>) {
  const apply = sliceUpdater<"theme", ThemeState, S>(store, "theme");
  return {
    set: (name: ThemeName) => apply((s) => setTheme(s, name)),
    toggle: () => apply(toggleTheme),
  };
}
export type ThemeActions = ReturnType<typeof createThemeActions>;
