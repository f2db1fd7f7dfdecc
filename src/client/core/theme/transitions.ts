// Pure theme choice: the URL wins (a shared link), then the remembered choice, then the system preference.
import { THEMES, type ThemeName, type ThemeState } from "./types.ts";

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

export function chooseTheme(fromUrl: string | null, remembered: string | null, prefersDark: boolean): ThemeName {
  if (isThemeName(fromUrl)) return fromUrl;
  if (isThemeName(remembered)) return remembered;
  return prefersDark ? "dark" : "light";
}

export function setTheme(state: ThemeState, name: ThemeName): ThemeState {
  return state.name === name ? state : { name };
}

export function toggleTheme(state: ThemeState): ThemeState {
  return { name: state.name === "light" ? "dark" : "light" };
}
