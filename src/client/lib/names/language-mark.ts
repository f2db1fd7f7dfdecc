// The small tag beside a name shown in another language than the chosen one (no name recorded in the chosen language).
import type { Language } from "../../../shared/index.ts";
import { h } from "../dom.ts";
import { LANGUAGE_LABEL } from "./index.ts";
import "../../styles/language-mark.css";

/** A tag such as "EN" when the name is in `shown` rather than `chosen`; null when they agree or `shown` is unknown. */
export function languageMark(shown: Language | null, chosen: Language): HTMLElement | null {
  if (shown === null || shown === chosen) return null;
  const title = `No ${LANGUAGE_LABEL[chosen]} name recorded: shown in ${LANGUAGE_LABEL[shown]}`;
  return h(
    "abbr",
    { class: "lang-mark", lang: "en", title, "aria-label": title, "data-testid": "lang-mark", "data-lang": shown },
    shown.toUpperCase(),
  );
}
