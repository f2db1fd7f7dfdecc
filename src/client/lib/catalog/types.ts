// Everything the explorer has been told about the graph so far, whether in view or not.
import type { WireNode, WireRelationship } from "../../../shared/index.ts";

/**
 * A cache, not state: it only grows, and the view (the scene) is a set of its keys. Keys are
 * elementIds, as in the data graph; slugs (`properties.id`) are what links and the URL use.
 */
export interface Catalog {
  nodes: Map<string, WireNode>;
  /** slug -> elementId. */
  bySlug: Map<string, string>;
  relationships: Map<string, WireRelationship>;
  /** elementId -> ids of the relationships known to touch it. */
  incident: Map<string, Set<string>>;
  /** Nodes whose every relationship is known (from the whole graph or their detail). */
  complete: Set<string>;
  /** Keys of the whole-graph first view, once loaded: links describe changes relative to it. */
  initial: readonly string[] | null;
}
