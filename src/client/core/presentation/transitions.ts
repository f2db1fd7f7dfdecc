// Pure presentation transitions (start, step, stop) and what a step highlights.
import type { WireNode, WireRelationship } from "../../../shared/index.ts";
import type { PresentationState, StepFocus, Story, StoryHop } from "./types.ts";

export function startPresentation(_state: PresentationState, story: Story): PresentationState {
  return { active: true, story, step: -1 };
}

export function stopPresentation(state: PresentationState): PresentationState {
  return state.active ? { ...state, active: false } : state;
}

function moveTo(state: PresentationState, step: number): PresentationState {
  if (!state.active || !state.story) return state;
  const clamped = Math.max(-1, Math.min(state.story.hops.length - 1, step));
  return clamped === state.step ? state : { ...state, step: clamped };
}

/** Another page's story at a given step (live follow): the same story object keeps its stage, a new one starts. */
export function showStep(state: PresentationState, story: Story, step: number): PresentationState {
  if (state.active && state.story === story) return moveTo(state, step);
  return moveTo({ active: true, story, step: -1 }, step);
}

export const nextStep = (state: PresentationState) => moveTo(state, state.step + 1);
export const previousStep = (state: PresentationState) => moveTo(state, state.step - 1);
export const firstStep = (state: PresentationState) => moveTo(state, -1);
export const lastStep = (state: PresentationState) => moveTo(state, Number.MAX_SAFE_INTEGER);

export function currentHop(state: PresentationState): StoryHop | null {
  return state.story?.hops[state.step] ?? null;
}

export function isLastStep(state: PresentationState): boolean {
  return state.story !== null && state.step === state.story.hops.length - 1;
}

export function stepFocus(state: PresentationState): StepFocus {
  const hops = state.story?.hops ?? [];
  const storyNodes = new Set(hops.flatMap((h) => [h.from, h.to]));
  const visitedEdges = new Set<string>();
  const visitedNodes = new Set<string>(hops[0] ? [hops[0].from] : []);
  for (const hop of hops.slice(0, Math.max(0, state.step))) {
    visitedEdges.add(hop.relationship.id);
    visitedNodes.add(hop.from).add(hop.to);
  }
  const hop = hops[state.step];
  return {
    currentEdge: hop?.relationship.id ?? null,
    currentNodes: new Set(hop ? [hop.from, hop.to] : []),
    visitedEdges,
    visitedNodes,
    storyNodes,
    title: state.step < 0 && hops.length > 0,
  };
}

/** A result's relationships as a story, in the order the query returned them, for "present this result". */
export function storyFromRelationships(
  title: string,
  relationships: readonly WireRelationship[],
  nodes: readonly WireNode[],
): Story {
  return {
    title,
    nodes: [...nodes],
    hops: relationships.map((relationship) => ({ from: relationship.start, to: relationship.end, relationship })),
  };
}
