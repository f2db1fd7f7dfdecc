// Applies the light/dark theme to the page and re-reads the canvas colours from CSS so Sigma follows.
import type { Actions, AppState } from "../core/store/index.ts";
import { chooseTheme, THEME_STORAGE_KEY, type ThemeName } from "../core/theme/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";
import { readCanvasTheme, type CanvasTheme } from "../stage/canvas-theme.ts";
import type { ExplorerSigma } from "../stage/sigma-stage.ts";
import { themedHoverDrawer } from "../stage/themed-hover.ts";

function remembered(): string | null {
  try {
    return localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(name: ThemeName): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, name);
  } catch {
    // Blocked storage: the choice lasts for this visit.
  }
}

function applyToDocument(name: ThemeName): void {
  document.documentElement.dataset.theme = name;
  document.querySelector('meta[name="color-scheme"]')?.setAttribute("content", name);
}

/** Sets the theme before anything draws, so the first frame already has the right colours. */
export function initTheme(actions: Actions, fromUrl: ThemeName | null): void {
  actions.theme.set(chooseTheme(fromUrl, remembered(), matchMedia("(prefers-color-scheme: dark)").matches));
}

export function mountThemeToggle(element: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const button = h("button", { type: "button", class: "tool-button", "data-testid": "theme-toggle" }, "Dark theme");
  button.addEventListener("click", () => {
    actions.theme.toggle();
    remember(store.get().theme.name);
  });
  element.replaceChildren(button);
  const render = (name: ThemeName) => {
    applyToDocument(name);
    button.setAttribute("aria-pressed", String(name === "dark"));
  };
  render(store.get().theme.name);
  store.watch((s) => s.theme.name, render);
}

/**
 * Copies fresh CSS colours into the theme object the reducers already hold (edges take their colour from it)
 * and into Sigma's settings; call after anything that changes the CSS variables (theme, presentation).
 */
export function refreshCanvasTheme(sigma: ExplorerSigma, theme: CanvasTheme): void {
  const fresh = readCanvasTheme();
  Object.assign(theme.colors, fresh.colors);
  theme.label = fresh.label;
  sigma.setSetting("labelColor", { color: fresh.label });
  sigma.setSetting("edgeLabelColor", { color: fresh.colors.edgeFocus });
  sigma.setSetting("defaultDrawNodeHover", themedHoverDrawer());
}

/** The stage was built with the current theme's colours and hover box (sigma-stage.ts); only later switches need applying. */
export function mountCanvasTheme(sigma: ExplorerSigma, store: Store<AppState>, theme: CanvasTheme): void {
  store.watch(
    (s) => s.theme.name,
    () => refreshCanvasTheme(sigma, theme),
  );
}
