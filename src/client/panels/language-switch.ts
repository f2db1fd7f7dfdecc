// Segmented control choosing the language node names are shown in.
import type { AppState, Actions } from "../core/store/index.ts";
import { LANGUAGE_LABEL } from "../lib/names/index.ts";
import { LANGUAGES, type Language } from "../../shared/index.ts";
import { h } from "../lib/dom.ts";
import type { Store } from "../lib/create-store.ts";

export function mountLanguageSwitch(element: HTMLElement, store: Store<AppState>, actions: Actions): void {
  const buttons = new Map<Language, HTMLButtonElement>();
  for (const language of LANGUAGES) {
    const button = h("button", { type: "button", lang: language, "data-language": language }, LANGUAGE_LABEL[language]);
    button.addEventListener("click", () => actions.preferences.setLanguage(language));
    buttons.set(language, button);
  }
  element.replaceChildren(...buttons.values());
  const render = (current: Language) => {
    for (const [language, button] of buttons) button.setAttribute("aria-pressed", String(language === current));
  };
  render(store.get().preferences.language);
  store.watch((s) => s.preferences.language, render);
}
