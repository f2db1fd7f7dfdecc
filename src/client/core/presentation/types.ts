// A story is an ordered list of hops (the same shape /api/paths returns), told one hop per step.
import type { WireNode, WireRelationship } from "../../../shared/index.ts";

export interface StoryHop {
  from: string;
  to: string;
  relationship: WireRelationship;
}

export interface Story {
  title: string;
  hops: StoryHop[];
  /** The nodes the hops name (at least), so captions can name them and a view without them can load them. */
  nodes: WireNode[];
}

/**
 * `step` -1 is the title card; step i shows hop i. `active` false with a story kept lets P resume it.
 */
export interface PresentationState {
  active: boolean;
  story: Story | null;
  step: number;
}

export const INITIAL_PRESENTATION: PresentationState = { active: false, story: null, step: -1 };

/** What the reducers need for one step: the lit hop, what came before, and every node of the story. */
export interface StepFocus {
  currentEdge: string | null;
  currentNodes: ReadonlySet<string>;
  visitedEdges: ReadonlySet<string>;
  visitedNodes: ReadonlySet<string>;
  storyNodes: ReadonlySet<string>;
  /** The title card: the whole chain named, before its first hop. */
  title: boolean;
}
