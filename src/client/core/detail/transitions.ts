// Pure detail transitions, a local NodeDetail built from the data graph, and source resolution.
import type { NodeDetail, NodeRelationship, WireNode } from "../../../shared/index.ts";
import type { Failure } from "../data/index.ts";
import { toWireNode, type ExplorerGraph } from "../../lib/graph/index.ts";
import { displayNameOf, type Language } from "../../../shared/index.ts";
import type { DetailState, SourceRef } from "./types.ts";

export function detailRequested(state: DetailState, nodeId: string | null): DetailState {
  if (nodeId === null) return state.status === "idle" ? state : { status: "idle" };
  return { status: "loading", nodeId };
}

/** Answers for a node that is no longer selected are dropped: the user has moved on. */
export function detailLoaded(state: DetailState, nodeId: string, detail: NodeDetail): DetailState {
  if (state.status !== "loading" || state.nodeId !== nodeId) return state;
  return { status: "ready", nodeId, detail, notice: null };
}

export function detailFailed(
  state: DetailState,
  nodeId: string,
  failure: Failure,
  fallback: NodeDetail | null,
): DetailState {
  if (state.status !== "loading" || state.nodeId !== nodeId) return state;
  if (!fallback) return { status: "error", nodeId, failure };
  const notice = `${failure.title} (${failure.message}). Showing the relationships of the graph already loaded.`;
  return { status: "ready", nodeId, detail: fallback, notice };
}

const isSource = (node: WireNode) => node.labels.includes("Source");

/** The same shape the API returns, computed from the data graph, for when the API cannot answer. */
export function localNodeDetail(graph: ExplorerGraph, key: string): NodeDetail | null {
  if (!graph.hasNode(key)) return null;
  const relationships: NodeRelationship[] = [];
  const degree: Record<string, number> = {};
  graph.forEachEdge(key, (edge, attrs, start, end) => {
    const direction = start === key ? "out" : "in";
    const other = toWireNode(graph, direction === "out" ? end : start);
    relationships.push({
      direction,
      other,
      relationship: { id: edge, type: attrs.relType, start, end, properties: attrs.properties },
    });
    degree[attrs.relType] = (degree[attrs.relType] ?? 0) + 1;
  });
  const sources = graph.filterNodes((_, a) => a.labels.includes("Source")).map((n) => toWireNode(graph, n));
  return { node: toWireNode(graph, key), degree, relationships, sources };
}

/** Finds the Source node a relationship's `source` property names (by slug, url or elementId). */
export function resolveSource(value: unknown, sources: readonly WireNode[]): SourceRef | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const match = sources.find(
    (s) => isSource(s) && (s.id === value || s.properties.id === value || s.properties.url === value),
  );
  const title = match?.properties.title ?? match?.properties.name;
  const url = match?.properties.url ?? (/^https?:\/\//.test(value) ? value : null);
  const language = match?.properties.language;
  return {
    title: typeof title === "string" ? title : value,
    url: typeof url === "string" ? url : null,
    language: typeof language === "string" && language.trim() !== "" ? language : null,
  };
}

/** Outgoing first, then by type, then by the other node's name, so the panel reads predictably. */
export function sortRelationships(list: readonly NodeRelationship[], language: Language): NodeRelationship[] {
  const name = (r: NodeRelationship) => displayNameOf(r.other.properties, language, r.other.id);
  return [...list].sort(
    (a, b) =>
      (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1) ||
      a.relationship.type.localeCompare(b.relationship.type) ||
      name(a).localeCompare(name(b)),
  );
}
