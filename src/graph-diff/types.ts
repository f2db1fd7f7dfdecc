// Shapes of one version of a graph as read from the scratch database, ready to compare by key.
import type { Properties } from "../shared/index.ts";

export interface VersionNode {
  key: string;
  /** The properties that make the key (`id`, or a key constraint's), left out when looking for a rekeyed node. */
  keyProperties: readonly string[];
  labels: string[];
  properties: Properties;
}

export interface VersionRelationship {
  type: string;
  /** Keys of its ends. */
  start: string;
  end: string;
  properties: Properties;
}

export interface GraphVersion {
  /** What was read: a folder, or `revision:path`. */
  source: string;
  nodes: Map<string, VersionNode>;
  relationships: VersionRelationship[];
  /** `id`, and each `Label.property` key constraint some node was keyed by. */
  keys: string[];
}
