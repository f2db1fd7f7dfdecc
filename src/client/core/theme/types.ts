// The page's colour theme; presentation mode adds its own high-contrast look on top of either.
export const THEMES = ["light", "dark"] as const;
export type ThemeName = (typeof THEMES)[number];

export interface ThemeState {
  name: ThemeName;
}

export const INITIAL_THEME: ThemeState = { name: "light" };

/** localStorage key of the remembered choice. */
export const THEME_STORAGE_KEY = "kg-explorer.theme";
