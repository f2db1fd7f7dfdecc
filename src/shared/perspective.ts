// A perspective, like Bloom's, as a file: per label the caption, colour, size rule and first details; per
// relationship type a readable phrase in English, Japanese and Chinese. Generated from a graph's schema, or written.
import { z } from "zod";
import type { GraphSchema, LabelSchema } from "./graph-schema.ts";
import type { WireNode } from "./graph.ts";
import { GENERIC_LABELS, KNOWN_CATEGORIES, type Language } from "./entity.ts";

export const PERSPECTIVE_FORMAT = "kg-explorer-perspective";
export const PERSPECTIVE_VERSION = 1;

const PropertyKey = z.string().min(1).max(200);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour as #rrggbb");

export const SizeRuleSchema = z.discriminatedUnion("by", [
  z.object({ by: z.literal("degree") }).strict(),
  z.object({ by: z.literal("property"), property: PropertyKey }).strict(),
]);
export type SizeRule = z.infer<typeof SizeRuleSchema>;

export const LabelStyleSchema = z
  .object({
    /** The property shown as the node's caption (a number is shown after the label: "Reading 7"); null: the label
     * and the node's element id. */
    caption: PropertyKey.nullable(),
    /** Per-language captions where the graph has them (the article: name_ja, name_zh). */
    captionByLanguage: z.object({ en: PropertyKey, ja: PropertyKey, zh: PropertyKey }).partial().strict().default({}),
    /** Further properties that name the node (aliases), searched along with the caption. */
    names: z.array(PropertyKey).default([]),
    color: Color,
    size: SizeRuleSchema.default({ by: "degree" }),
    /** Properties the details panel shows first, in this order. */
    details: z.array(PropertyKey).default([]),
  })
  .strict();
export type LabelStyle = z.infer<typeof LabelStyleSchema>;

export const PhraseSchema = z
  .object({ en: z.string().min(1), ja: z.string().min(1).optional(), zh: z.string().min(1).optional() })
  .strict();
export type Phrase = z.infer<typeof PhraseSchema>;

/** Network measures the page computes over the graph in view (degree, betweenness, PageRank, Louvain communities). */
export const NETWORK_MEASURES = ["degree", "betweenness", "pagerank", "community"] as const;
export type NetworkMeasure = (typeof NETWORK_MEASURES)[number];
/** The measures that are numbers on a scale (a community is a group, not an amount). */
export const SCALAR_MEASURES = ["degree", "betweenness", "pagerank"] as const;
export type ScalarMeasure = (typeof SCALAR_MEASURES)[number];

/**
 * Rules over every node, above the labels' own: "label" keeps each label's size rule and colour; a measure sizes
 * (or colours) all nodes by it. Absent: "label" for both.
 */
export const NodeRulesSchema = z
  .object({
    size: z.enum(["label", ...SCALAR_MEASURES]).default("label"),
    color: z.enum(["label", ...NETWORK_MEASURES]).default("label"),
  })
  .strict();
export type NodeRules = z.infer<typeof NodeRulesSchema>;
export const DEFAULT_NODE_RULES: NodeRules = { size: "label", color: "label" };

/** The story Present steps through: a route of node keys (a node's `id` property, else its element id), in order. */
export const StorySpecSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    /** Two to eleven nodes: the path search behind it goes up to ten hops. */
    route: z.array(z.string().min(1).max(200)).min(2).max(11),
  })
  .strict();
export type StorySpec = z.infer<typeof StorySpecSchema>;

export const PerspectiveSchema = z
  .object({
    format: z.literal(PERSPECTIVE_FORMAT),
    version: z.literal(PERSPECTIVE_VERSION),
    labels: z.record(z.string().min(1), LabelStyleSchema),
    relationshipTypes: z.record(z.string().min(1), PhraseSchema),
    /** One line under the page's title saying what this graph is; a generated perspective has none. */
    subtitle: z.string().trim().min(1).max(300).optional(),
    nodeRules: NodeRulesSchema.optional(),
    /** The graph's own story for Present and the path finder; without one, Present shows the route on show. */
    story: StorySpecSchema.optional(),
  })
  .strict();
export type Perspective = z.infer<typeof PerspectiveSchema>;

/** Property names that usually hold a caption, most likely first (Bloom looks for the same ones). */
export const CAPTION_CANDIDATES: readonly string[] = [
  "name",
  "title",
  "caption",
  "label",
  "fullName",
  "full_name",
  "displayName",
  "display_name",
  "username",
  "code",
  "id",
];

/** Distinct, readable on light and dark backgrounds; the article's categories keep their own colours. */
export const PALETTE: readonly string[] = [
  "#3f6fb5",
  "#d9483b",
  "#2f9a5d",
  "#8b5bb5",
  "#e08a1e",
  "#1f9aa8",
  "#8c6248",
  "#c9a400",
  "#d0608f",
  "#5b8c85",
  "#7d7fd6",
  "#a0773a",
];

/** The article's category colours, so a generated perspective of the article looks like the hand-written one. */
export const CATEGORY_COLORS: Readonly<Record<string, string>> = {
  Person: "#d9483b",
  Company: "#3f6fb5",
  Model: "#8b5bb5",
  Product: "#2f9a5d",
  Investment: "#e08a1e",
  Event: "#1f9aa8",
  Organization: "#8c6248",
  Place: "#c9a400",
  Source: "#6b7280",
};

/** The caption a label gets without a written perspective: a known caption key, else its shortest common string. */
export function captionProperty(label: LabelSchema): string | null {
  const strings = label.properties.filter((p) => p.types[0] === "string" && p.share >= 0.5);
  const byName = CAPTION_CANDIDATES.map((key) => label.properties.find((p) => p.key === key && p.share >= 0.5)).find(
    Boolean,
  );
  if (byName) return byName.key;
  const short = [...strings].sort(
    (a, b) => b.share - a.share || (a.meanLength ?? 0) - (b.meanLength ?? 0) || a.key.localeCompare(b.key),
  );
  const textual = short.find((p) => (p.meanLength ?? 0) <= 80)?.key;
  if (textual) return textual;
  // No string to show: a number that is always set ("Reading 7"), captioned with the label in front.
  const numbers = label.properties.filter((p) => (p.types[0] === "integer" || p.types[0] === "float") && p.share >= 1);
  return numbers.sort((a, b) => a.key.localeCompare(b.key))[0]?.key ?? null;
}

/** `BROUGHT_BACK` -> "brought back"; `worksAt` -> "works at". */
export function phraseOf(type: string): string {
  return type
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
}

/** A perspective for any graph, from its schema: what a user gets before writing one. */
export function generatePerspective(schema: GraphSchema): Perspective {
  const labels: Perspective["labels"] = {};
  const ordered = [...schema.labels].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  // The article's categories keep their colours; other labels take the palette's colours nobody else has yet.
  const used = new Set(schema.labels.map((l) => CATEGORY_COLORS[l.name]).filter(Boolean));
  let next = 0;
  const paletteColor = (): string => {
    const free = PALETTE.find((c) => !used.has(c)) ?? PALETTE[next++ % PALETTE.length]!;
    used.add(free);
    return free;
  };
  for (const label of ordered) {
    if (GENERIC_LABELS.has(label.name) || label.name === "ExplorerMeta") continue;
    const caption = captionProperty(label);
    const has = (key: string) => label.properties.some((p) => p.key === key);
    const captionByLanguage = Object.fromEntries(
      (["ja", "zh"] as const).filter((l) => caption && has(`${caption}_${l}`)).map((l) => [l, `${caption}_${l}`]),
    );
    const names = ["aliases", ...(caption ? [`${caption}_ja`, `${caption}_zh`] : [])].filter(has);
    const stringsFirst = [...label.properties].sort((a, b) => b.share - a.share || a.key.localeCompare(b.key));
    labels[label.name] = {
      caption,
      captionByLanguage,
      names,
      color: CATEGORY_COLORS[label.name] ?? paletteColor(),
      size: { by: "degree" },
      details: stringsFirst
        .map((p) => p.key)
        .filter((k) => k !== caption)
        .slice(0, 6),
    };
  }
  const relationshipTypes = Object.fromEntries(schema.relationshipTypes.map((t) => [t.name, { en: phraseOf(t.name) }]));
  return { format: PERSPECTIVE_FORMAT, version: PERSPECTIVE_VERSION, labels, relationshipTypes };
}

/** The label whose style a node takes: its primary label when styled, else its first styled label. */
export function styledLabel(labels: readonly string[], perspective: Perspective): string | null {
  const specific = labels.filter((l) => !GENERIC_LABELS.has(l));
  const known = KNOWN_CATEGORIES.find((l) => specific.includes(l) && perspective.labels[l]);
  return known ?? [...specific].sort().find((l) => perspective.labels[l]) ?? null;
}

/** A node's caption under a perspective, in the preferred language when the label has one for it. */
export function captionIn(
  node: Pick<WireNode, "id" | "labels" | "properties">,
  perspective: Perspective,
  language: Language = "en",
): string {
  return captionAndLanguage(node, styledLabel(node.labels, perspective), perspective, language).caption;
}

/**
 * The language of the caption captionIn shows: the language whose captionByLanguage key gave the caption, or null
 * when the caption came from a key tied to no language (or from no key at all).
 */
export function captionLanguageIn(
  node: Pick<WireNode, "id" | "labels" | "properties">,
  perspective: Perspective,
  language: Language = "en",
): Language | null {
  return captionAndLanguage(node, styledLabel(node.labels, perspective), perspective, language).language;
}

/**
 * captionIn and captionLanguageIn at once, for a caller that knows the node's styled label already (null: none),
 * as the stage's reducers do for every node in every frame.
 */
export function captionAndLanguage(
  node: Pick<WireNode, "id" | "properties"> & { labels: readonly string[] },
  label: string | null,
  perspective: Perspective,
  language: Language = "en",
): { caption: string; language: Language | null } {
  const style = label ? perspective.labels[label] : undefined;
  if (style) {
    const byLanguage = style.captionByLanguage;
    const keys = [byLanguage[language], style.caption, ...Object.values(byLanguage)];
    for (const key of keys) {
      const value = key ? node.properties[key] : undefined;
      if (typeof value === "string" && value.trim()) {
        const shownIn =
          byLanguage[language] === key
            ? language
            : ((Object.keys(byLanguage) as Language[]).find((l) => byLanguage[l] === key) ?? null);
        return { caption: value.trim(), language: shownIn };
      }
      if (typeof value === "number") return { caption: `${label} ${value}`, language: null };
    }
  }
  return { caption: `${label ?? node.labels[0] ?? "Node"} ${node.id.split(":").at(-1)}`, language: null };
}

/** The relationship type as words, in the preferred language when the perspective has it. */
export function phraseIn(type: string, perspective: Perspective, language: Language = "en"): string {
  const phrase = perspective.relationshipTypes[type];
  return (phrase && (phrase[language] ?? phrase.en)) ?? phraseOf(type);
}

/** Something wrong in a perspective file: where (file, key path, line) and what; the generated one is used instead. */
export const PerspectiveProblemSchema = z.object({
  file: z.string(),
  /** The key path in the file, dotted: "labels.Person.color"; "" for the file as a whole. */
  path: z.string(),
  line: z.number().int().positive().nullable(),
  message: z.string(),
});
export type PerspectiveProblem = z.infer<typeof PerspectiveProblemSchema>;

export const PerspectiveResponseSchema = z.object({
  perspective: PerspectiveSchema,
  /** "file": the graph's perspective file as written; "generated": from the discovered schema. */
  source: z.enum(["file", "generated"]),
  problems: z.array(PerspectiveProblemSchema),
});
export type PerspectiveResponse = z.infer<typeof PerspectiveResponseSchema>;

/** The keys that name a node of a label: its caption, its captions per language, then its other names. */
export function nameKeys(style: LabelStyle): string[] {
  const keys = [style.caption, ...Object.values(style.captionByLanguage), ...style.names];
  return [...new Set(keys.filter((k): k is string => typeof k === "string"))];
}

/** Every naming key of the perspective, in a stable order (captions first), for ranking and the scan. */
export function searchKeys(perspective: Perspective): string[] {
  const keys = Object.values(perspective.labels).flatMap(nameKeys);
  return keys.length ? [...new Set(keys)] : CAPTION_CANDIDATES.filter((k) => k !== "id");
}
