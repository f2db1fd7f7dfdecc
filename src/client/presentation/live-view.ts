// What the teacher's page sends: its presentation as a live view, and only the parts that changed since the last one.
import {
  IDENTITY_CAMERA,
  type Language,
  type LiveCamera,
  type LivePatch,
  type LiveView,
  type Perspective,
} from "../../shared/index.ts";
import { sameCamera } from "../core/live/index.ts";
import { currentHop, type PresentationState } from "../core/presentation/index.ts";
import { nodeCaption } from "../lib/appearance/index.ts";

/** The caption's first line as plain text: the title card, or "Step 2 of 4: A — TYPE → B". */
export function captionText(state: PresentationState, language: Language, perspective: Perspective | null): string {
  const story = state.story;
  if (!story) return "";
  const hop = currentHop(state);
  if (!hop) return story.title;
  const name = (id: string) => {
    const node = story.nodes.find((n) => n.id === id);
    return node ? nodeCaption(node, perspective, language) : id;
  };
  return `Step ${state.step + 1} of ${story.hops.length}: ${name(hop.from)} — ${hop.relationship.type} → ${name(hop.to)}`;
}

export function liveViewOf(
  state: PresentationState,
  language: Language,
  perspective: Perspective | null,
  camera: LiveCamera = IDENTITY_CAMERA,
): LiveView {
  return { story: state.story, step: state.step, caption: captionText(state, language, perspective), camera, language };
}

/** The fields of `next` that differ from `previous` (the story by identity: the same story object is not resent). */
export function viewPatch(previous: LiveView | null, next: LiveView): LivePatch | null {
  if (!previous) return next;
  const patch: LivePatch = {};
  if (previous.story !== next.story) patch.story = next.story;
  if (previous.step !== next.step) patch.step = next.step;
  if (previous.caption !== next.caption) patch.caption = next.caption;
  if (!sameCamera(previous.camera, next.camera)) patch.camera = next.camera;
  if (previous.language !== next.language) patch.language = next.language;
  return Object.keys(patch).length ? patch : null;
}
