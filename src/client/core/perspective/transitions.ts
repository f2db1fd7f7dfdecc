// Pure perspective transitions: loaded, a label's style changed, the node rules changed, reset.
import {
  DEFAULT_NODE_RULES,
  type GraphSchema,
  type LabelStyle,
  type NodeRules,
  type PerspectiveResponse,
} from "../../../shared/index.ts";
import type { PerspectiveState } from "./types.ts";

export function perspectiveLoaded(state: PerspectiveState, response: PerspectiveResponse): PerspectiveState {
  return {
    ...state,
    status: "ready",
    base: response.perspective,
    source: response.source,
    problems: response.problems,
    current: response.perspective,
  };
}

export function perspectiveFailed(state: PerspectiveState): PerspectiveState {
  return state.status === "error" ? state : { ...state, status: "error" };
}

export function schemaLoaded(state: PerspectiveState, schema: GraphSchema): PerspectiveState {
  return { ...state, schema };
}

/** A label's style with `change` on top; a label the perspective has no style for is left alone. */
export function styleLabel(state: PerspectiveState, label: string, change: Partial<LabelStyle>): PerspectiveState {
  const current = state.current;
  const style = current?.labels[label];
  if (!current || !style) return state;
  const next = { ...style, ...change };
  if (JSON.stringify(next) === JSON.stringify(style)) return state;
  return { ...state, current: { ...current, labels: { ...current.labels, [label]: next } } };
}

/** The rules over every node (size or colour by a network measure) with `change` on top. */
export function setNodeRules(state: PerspectiveState, change: Partial<NodeRules>): PerspectiveState {
  const current = state.current;
  if (!current) return state;
  const before = { ...DEFAULT_NODE_RULES, ...current.nodeRules };
  const next = { ...before, ...change };
  if (next.size === before.size && next.color === before.color) return state;
  return { ...state, current: { ...current, nodeRules: next } };
}

export function resetPerspective(state: PerspectiveState): PerspectiveState {
  return state.current === state.base ? state : { ...state, current: state.base };
}
