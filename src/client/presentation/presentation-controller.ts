// Presentation mode: full screen, high contrast, big labels, one hop per key press through Sigma reducers.
import type { GraphPayload } from "../../shared/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import { presentEdge, presentNode, stepFocus, type PresentationState, type Story } from "../core/presentation/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { CanvasTheme } from "../stage/canvas-theme.ts";
import { cameraStateToFit } from "../stage/label-fit.ts";
import { renderCaption } from "./presentation-caption.ts";
import type { ExplorerSigma } from "../stage/sigma-stage.ts";
import { refreshCanvasTheme } from "../app/theme-controller.ts";
import type { SceneLoader } from "../commands/scene-loader.ts";
import type { LiveCamera } from "../../shared/index.ts";
import { applyRelativeCamera } from "../core/live/index.ts";
import type { CameraState } from "sigma/types";

/** Readable from the back of a room on a 1080p projector. */
const PRESENT_SETTINGS = { labelSize: 28, edgeLabelSize: 24, labelWeight: "700" } as const;
const DURATION = matchMedia("(prefers-reduced-motion: reduce)").matches ? 0 : 400;

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function storyPayload(story: Story): GraphPayload {
  const relationships = story.hops.map((hop) => hop.relationship);
  return {
    nodes: story.nodes,
    relationships,
    summary: { resultAvailableAfterMs: 0, capped: false, timedOut: false, rowCount: 0 },
  };
}

export interface PresentationDeps {
  sigma: ExplorerSigma;
  store: Store<AppState>;
  actions: Actions;
  theme: CanvasTheme;
  caption: HTMLElement;
  sceneLoader: SceneLoader;
  /** Live follow: the teacher's camera relative to the step's frame, applied on top of it (null: the frame as is). */
  cameraOffset?: () => LiveCamera | null;
}

export interface PresentationHandle {
  /** The camera that frames the current step (before any offset): what the teacher's camera is measured against. */
  frameTarget(): CameraState | null;
  /** Frames the current step again (with the offset): when the teacher moves the camera. */
  reframe(): void;
}

export function mountPresentation({
  sigma,
  store,
  actions,
  theme,
  caption,
  sceneLoader,
  cameraOffset = () => null,
}: PresentationDeps): PresentationHandle {
  const graph = sigma.getGraph();
  let saved: {
    nodeReducer: unknown;
    edgeReducer: unknown;
    labelSize: number;
    edgeLabelSize: number;
    labelWeight: string;
  } | null = null;
  let notice: string | null = null;

  const enter = (state: PresentationState) => {
    const story = state.story!;
    if (!story.hops.every((hop) => graph.hasNode(hop.from) && graph.hasNode(hop.to)))
      sceneLoader.showPayload(storyPayload(story), story.title);
    if (saved) return; // a new story while presenting: the stage is already set up
    document.documentElement.dataset.presenting = "true";
    notice = null;
    document.documentElement.requestFullscreen?.().catch(() => {
      notice = "press F11 for full screen";
      render(store.get().presentation);
    });
    const nodeReducer = sigma.getSetting("nodeReducer");
    const edgeReducer = sigma.getSetting("edgeReducer");
    saved = {
      nodeReducer,
      edgeReducer,
      labelSize: sigma.getSetting("labelSize"),
      edgeLabelSize: sigma.getSetting("edgeLabelSize"),
      labelWeight: sigma.getSetting("labelWeight"),
    };
    const colors = () => ({
      current: cssVar("--canvas-step", "#ffd43b"),
      visited: cssVar("--canvas-visited", "#74c0fc"),
      faded: theme.colors.dimNode,
      fadedEdge: theme.colors.dimEdge,
    });
    let cache: {
      state: PresentationState;
      focus: ReturnType<typeof stepFocus>;
      colors: ReturnType<typeof colors>;
    } | null = null;
    const focus = () => {
      const current = store.get().presentation;
      if (cache?.state !== current) cache = { state: current, focus: stepFocus(current), colors: colors() };
      return cache;
    };
    sigma.setSetting("nodeReducer", (node, attrs) =>
      presentNode(node, nodeReducer ? nodeReducer(node, attrs) : attrs, focus().focus, focus().colors),
    );
    sigma.setSetting("edgeReducer", (edge, attrs) =>
      presentEdge(edge, edgeReducer ? edgeReducer(edge, attrs) : attrs, focus().focus, focus().colors),
    );
    for (const [key, value] of Object.entries(PRESENT_SETTINGS))
      sigma.setSetting(key as keyof typeof PRESENT_SETTINGS, value as never);
    refreshCanvasTheme(sigma, theme);
  };

  const leave = () => {
    delete document.documentElement.dataset.presenting;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    if (saved) {
      sigma.setSetting("nodeReducer", saved.nodeReducer as never);
      sigma.setSetting("edgeReducer", saved.edgeReducer as never);
      sigma.setSetting("labelSize", saved.labelSize);
      sigma.setSetting("edgeLabelSize", saved.edgeLabelSize);
      sigma.setSetting("labelWeight", saved.labelWeight);
      saved = null;
    }
    refreshCanvasTheme(sigma, theme);
    void sigma.getCamera().animatedReset({ duration: DURATION });
  };

  // The title card frames the whole chain, a step its hop: both ends and their labels above the caption.
  const frameTarget = (state: PresentationState): CameraState | null => {
    const hops = state.story?.hops ?? [];
    const hop = hops[state.step];
    const nodes = (hop ? [hop.from, hop.to] : hops.flatMap((h) => [h.from, h.to])).filter((n) =>
      sigma.getGraph().hasNode(n),
    );
    const bottom = caption.hidden ? 0 : caption.getBoundingClientRect().height;
    return cameraStateToFit(sigma, nodes, 48, { top: 0, right: 0, bottom, left: 0 });
  };
  const frameStep = (state: PresentationState) => {
    const target = frameTarget(state);
    const offset = cameraOffset();
    if (target)
      void sigma.getCamera().animate(offset ? applyRelativeCamera(target, offset) : target, { duration: DURATION });
  };

  const render = (state: PresentationState) => {
    caption.hidden = !state.active;
    caption.replaceChildren(
      ...(state.active
        ? renderCaption(state, store.get().preferences.language, notice, store.get().perspective.current)
        : []),
    );
  };

  store.watch(
    (s) => s.presentation,
    (state, previous) => {
      if (state.active && (!previous.active || state.story !== previous.story)) enter(state);
      else if (!state.active && previous.active) leave();
      if (state.active) sigma.refresh({ skipIndexation: true });
      render(state);
      // After the caption is drawn, so the frame keeps clear of it.
      if (state.active && (state.step !== previous.step || state.story !== previous.story || !previous.active))
        requestAnimationFrame(() => frameStep(store.get().presentation));
    },
  );
  store.watch(
    (s) => s.preferences.language,
    () => render(store.get().presentation),
  );
  // Esc in full screen is taken by the browser to leave full screen: follow it out of presentation too.
  document.addEventListener("fullscreenchange", () => {
    if (!document.fullscreenElement && store.get().presentation.active) actions.presentation.stop();
  });
  return {
    frameTarget: () => (store.get().presentation.active ? frameTarget(store.get().presentation) : null),
    reframe: () => {
      if (store.get().presentation.active) frameStep(store.get().presentation);
    },
  };
}
