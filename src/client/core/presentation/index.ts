// Presentation mode: stepping through a story one hop at a time, and how each step is drawn.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { PresentationState, Story } from "./types.ts";
import {
  firstStep,
  lastStep,
  nextStep,
  previousStep,
  showStep,
  startPresentation,
  stopPresentation,
} from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";
export * from "./reducers.ts";

export function createPresentationActions<S extends { presentation: PresentationState }>(store: Store<S>) {
  const apply = sliceUpdater<"presentation", PresentationState, S>(store, "presentation");
  return {
    /** Public entry point for any path or result: `actions.presentation.start({ title, hops, nodes })`. */
    start: (story: Story) => apply((s) => startPresentation(s, story)),
    stop: () => apply(stopPresentation),
    next: () => apply(nextStep),
    previous: () => apply(previousStep),
    first: () => apply(firstStep),
    last: () => apply(lastStep),
    /** Live follow: the teacher's story at the teacher's step. */
    show: (story: Story, step: number) => apply((s) => showStep(s, story, step)),
  };
}
export type PresentationActions = ReturnType<typeof createPresentationActions>;
