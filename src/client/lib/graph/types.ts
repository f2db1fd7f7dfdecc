// Attributes of the data graph: what the wire said plus derived layout and style, never view state.
import type { MultiDirectedGraph } from "graphology";
import type { Properties } from "../../../shared/index.ts";
import type { NodeNames } from "../../../shared/index.ts";

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** English-first label for Sigma; the language switch replaces it in the nodeReducer only. */
  label: string;
  /** The label used for colour and legend (e.g. Person), chosen from `labels`. */
  category: string;
  labels: string[];
  names: NodeNames;
  /** Human slug (`properties.id`), when the node has one. */
  slug: string | null;
  degree: number;
  properties: Properties;
}

export interface EdgeAttributes {
  /** Relationship type; Sigma reserves the `type` attribute for its edge program. */
  relType: string;
  label: string;
  size: number;
  color: string;
  properties: Properties;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface BuildResult {
  graph: ExplorerGraph;
  /** Relationships dropped because an endpoint was not in the payload. */
  skippedRelationships: string[];
  /** The server's result cap cut the payload short: the graph is incomplete. */
  capped: boolean;
}
