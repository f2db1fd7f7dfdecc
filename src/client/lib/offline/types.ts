// The offline engine's view of a snapshot: wire-shaped nodes and relationships, indexed for lookups.
import type { Snapshot, WireNode, WireRelationship } from "../../../shared/index.ts";

export interface OfflineIndex {
  snapshot: Snapshot;
  byId: Map<string, WireNode>;
  bySlug: Map<string, WireNode>;
  /** Relationships touching each node id, in both directions. */
  incident: Map<string, WireRelationship[]>;
  sources: Map<string, WireNode>;
}
