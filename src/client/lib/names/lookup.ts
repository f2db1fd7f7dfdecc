// Name lookup with a language fallback, so every node always has something readable to show.
import type { Properties } from "../../../shared/index.ts";
import { LANGUAGES, type Language, type NodeNames } from "./types.ts";

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export function namesOf(properties: Properties): NodeNames {
  return {
    en: text(properties.name),
    ja: text(properties.name_ja),
    zh: text(properties.name_zh),
    title: text(properties.title),
  };
}

/**
 * The preferred language first, then name -> name_ja -> name_zh, then a title (Source nodes have
 * one instead of a name), then the slug, then the caller's fallback (the elementId).
 */
export function displayName(names: NodeNames, language: Language, slug: string | null, fallback: string): string {
  const order: Language[] = [language, ...LANGUAGES.filter((l) => l !== language)];
  for (const l of order) {
    const name = names[l];
    if (name) return name;
  }
  return names.title ?? slug ?? fallback;
}

/** Display name straight from wire properties (used where no graph node exists, e.g. detail payloads). */
export function displayNameOf(properties: Properties, language: Language, fallback: string): string {
  return displayName(namesOf(properties), language, text(properties.id), fallback);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
