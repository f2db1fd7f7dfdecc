// How a node or a relationship type looks under a perspective: caption, colour, size and phrase. Without a
// perspective (not loaded yet) or for labels it does not style, the article's defaults: names, the colour table, degree.
import {
  captionAndLanguage,
  captionIn,
  captionLanguageIn,
  displayNameLanguageOf,
  displayNameOf,
  phraseIn,
  primaryLabel,
  styledLabel,
  type Language,
  type LabelStyle,
  type Perspective,
  type Properties,
  type WireNode,
} from "../../../shared/index.ts";
import { colorForCategory, nodeSize } from "./colors.ts";
import { createMeasureLook, type MeasureRules } from "./measure-look.ts";

type NodeLike = Pick<WireNode, "id" | "labels" | "properties">;

export function nodeCaption(node: NodeLike, perspective: Perspective | null, language: Language): string {
  if (perspective && styledLabel(node.labels, perspective)) return captionIn(node, perspective, language);
  return displayNameOf(node.properties, language, node.id);
}

/** The language nodeCaption's caption is in (null: not a name in a language, e.g. a title or an id). */
export function nodeCaptionLanguage(
  node: NodeLike,
  perspective: Perspective | null,
  language: Language,
): Language | null {
  if (perspective && styledLabel(node.labels, perspective)) return captionLanguageIn(node, perspective, language);
  return displayNameLanguageOf(node.properties, language);
}

export function nodeColor(labels: readonly string[], perspective: Perspective | null): string {
  const label = perspective ? styledLabel(labels, perspective) : null;
  return (label && perspective?.labels[label]?.color) || colorForCategory(primaryLabel(labels));
}

/** A relationship type as words in the language; the raw type until a perspective is loaded. */
export function relationshipPhrase(type: string, perspective: Perspective | null, language: Language): string {
  return perspective ? phraseIn(type, perspective, language) : type;
}

/** The properties the details panel shows first, in the perspective's order. */
export function detailKeys(labels: readonly string[], perspective: Perspective | null): readonly string[] {
  const label = perspective ? styledLabel(labels, perspective) : null;
  return (label && perspective?.labels[label]?.details) || [];
}

/** What the reducers need of a data-graph node. */
export interface LookNode {
  labels: readonly string[];
  properties: Properties;
  degree: number;
}

export interface NodeLookResult {
  caption: string;
  /** The language the caption is in (null: not a name in a language), as captionLanguageIn says. */
  captionLanguage: Language | null;
  color: string;
  size: number;
}

/** The label a perspective styles a label set by, and its style. */
export interface StyledLabel {
  label: string;
  style: LabelStyle;
}

export interface NodeLook {
  readonly perspective: Perspective;
  /** Caption (and its language), colour and size of a node; null when the perspective styles none of its labels. */
  of(key: string, node: LookNode, language: Language): NodeLookResult | null;
  /** The styled label of a label set, worked out once per set: the same object for the same labels. */
  styleOf(labels: readonly string[]): StyledLabel | null;
  /** Size and colour the perspective's node rules give by a network measure (over the label's); null: none. */
  measured(key: string): { size?: number; color?: string } | null;
}

const MIN_SIZE = 4;
const MAX_SIZE = 20;

/**
 * A look for the reducers, which run once per node per frame: the styled label of each label set is remembered, and
 * property-sized labels get their range from the nodes in view once, here.
 */
export function createNodeLook(
  perspective: Perspective,
  nodes: () => Iterable<LookNode>,
  measures: MeasureRules = { size: null, color: null },
): NodeLook {
  // By label set; and by the labels array itself, which a data-graph node keeps, so a frame does not even join them.
  const bySet = new Map<string, StyledLabel | null>();
  const byArray = new WeakMap<readonly string[], StyledLabel | null>();
  const styleOf = (labels: readonly string[]): StyledLabel | null => {
    let found = byArray.get(labels);
    if (found !== undefined) return found;
    const id = labels.join("\u0000");
    found = bySet.get(id);
    if (found === undefined) {
      const label = styledLabel(labels, perspective);
      const style = label ? perspective.labels[label] : undefined;
      found = label && style ? { label, style } : null;
      bySet.set(id, found);
    }
    byArray.set(labels, found);
    return found;
  };
  const ranges = new Map<string, { min: number; max: number }>();
  const sizedByProperty = Object.values(perspective.labels).some((s) => s.size.by === "property");
  if (sizedByProperty)
    for (const node of nodes()) {
      const found = styleOf(node.labels);
      if (found?.style.size.by !== "property") continue;
      const value = node.properties[found.style.size.property];
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      const range = ranges.get(found.label) ?? { min: value, max: value };
      ranges.set(found.label, { min: Math.min(range.min, value), max: Math.max(range.max, value) });
    }
  const sizeOf = (node: LookNode, label: string, style: LabelStyle): number => {
    if (style.size.by === "degree") return nodeSize(node.degree);
    const value = node.properties[style.size.property];
    const range = ranges.get(label);
    if (typeof value !== "number" || !range) return MIN_SIZE;
    if (range.max === range.min) return nodeSize(4);
    return MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((value - range.min) / (range.max - range.min));
  };
  return {
    perspective,
    measured: createMeasureLook(measures),
    styleOf,
    of(key, node, language) {
      const found = styleOf(node.labels);
      if (!found) return null;
      const { caption, language: captionLanguage } = captionAndLanguage(
        { id: key, labels: node.labels, properties: node.properties },
        found.label,
        perspective,
        language,
      );
      return {
        caption,
        captionLanguage,
        color: found.style.color,
        size: sizeOf(node, found.label, found.style),
      };
    },
  };
}
