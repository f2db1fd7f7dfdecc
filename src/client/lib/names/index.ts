// How each name language is labelled in the page's language switch; the name rules are in src/shared/entity.ts.
import type { Language } from "../../../shared/index.ts";

export const LANGUAGE_LABEL: Record<Language, string> = { en: "English", ja: "日本語", zh: "中文" };
