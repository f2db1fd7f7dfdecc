// The perspective the page draws with: as the server (or snapshot) answered it, and as the Style panel changed it.
import type { GraphSchema, Perspective, PerspectiveProblem } from "../../../shared/index.ts";

export interface PerspectiveState {
  status: "loading" | "ready" | "error";
  /** The answer of `perspective`: what Reset goes back to. */
  base: Perspective | null;
  source: "file" | "generated" | null;
  problems: readonly PerspectiveProblem[];
  /** What every view shows: `base` with the Style panel's changes; null until loaded (views keep their defaults). */
  current: Perspective | null;
  /** The discovered schema, for the Style panel's choices of properties. */
  schema: GraphSchema | null;
}

export const INITIAL_PERSPECTIVE: PerspectiveState = {
  status: "loading",
  base: null,
  source: null,
  problems: [],
  current: null,
  schema: null,
};
