// Languages a node name can be shown in, and the per-language names the graph carries for each node.
export const LANGUAGES = ["en", "ja", "zh"] as const;
export type Language = (typeof LANGUAGES)[number];

export interface NodeNames {
  en: string | null;
  ja: string | null;
  zh: string | null;
  /** Last resort before the slug: nodes such as Source carry a title rather than a name. */
  title: string | null;
}

export const LANGUAGE_LABEL: Record<Language, string> = { en: "English", ja: "日本語", zh: "中文" };
