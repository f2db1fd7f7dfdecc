// The diff feature: a "Changes" side panel, `?diff=URL`, the diff's facts shown as the view (one history step) and
// coloured by the overlay; the current change framed by the camera.
import type { Actions, AppState } from "../core/store/index.ts";
import type { Store } from "../lib/create-store.ts";
import type { ShowPayloadFn } from "../commands/scene-loader.ts";
import type { ExplorerSigma } from "../stage/sigma-stage.ts";
import { fetchDiff, parseDiffText } from "./diff-file.ts";
import { installDiffOverlay, readDiffColors, type DiffOverlay } from "./diff-overlay.ts";
import { mountDiffPanel } from "./diff-panel.ts";
import { diffView, type DiffView } from "./diff-view.ts";
import type { GraphDiff } from "../../shared/index.ts";
import "./diff.css";

export interface DiffDeps {
  sigma: ExplorerSigma;
  store: Store<AppState>;
  actions: Actions;
  /** The panel's body, and a way to open it. */
  panel: { body: HTMLElement; open: () => void };
  showPayload: ShowPayloadFn;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `?diff=URL` on the page's address: a diff file served next to the page (or anywhere CORS allows). */
export const diffUrlOf = (search: string): string | null => new URLSearchParams(search).get("diff");

export function mountDiff({ sigma, store, actions, panel, showPayload }: DiffDeps, url: string | null): void {
  let view: DiffView | null = null;
  let viewOf: GraphDiff | null = null;
  /** One view per diff, built by whichever of the panel and the stage asks first. */
  const viewFor = (diff: GraphDiff): DiffView => {
    if (diff !== viewOf) {
      viewOf = diff;
      view = diffView(diff);
    }
    return view!;
  };
  let shown: GraphDiff | null = null;
  let overlay: DiffOverlay | null = null;
  let colors = readDiffColors();

  const openFile = (file: File) => {
    actions.diff.loading(file.name);
    file.text().then(
      (text) => {
        try {
          actions.diff.loaded(file.name, parseDiffText(text, file.name));
        } catch (error) {
          actions.diff.failed(file.name, message(error));
        }
      },
      (error: unknown) => actions.diff.failed(file.name, message(error)),
    );
  };
  const current = () => {
    const state = store.get().diff;
    return state.status === "ready" ? viewFor(state.diff) : null;
  };
  mountDiffPanel(panel.body, { store, actions, openFile, view: current });

  const focus = () => {
    const state = store.get().diff;
    const step = state.status === "ready" && state.step !== null ? (view?.steps[state.step] ?? null) : null;
    return { view: view!, step, colors };
  };
  store.watch(
    (s) => s.diff,
    (state) => {
      if (state.status !== "ready") {
        overlay?.remove();
        overlay = null;
        shown = null;
        sigma.refresh({ skipIndexation: true });
        return;
      }
      const v = viewFor(state.diff);
      if (state.diff !== shown) {
        shown = state.diff;
        colors = readDiffColors();
        overlay ??= installDiffOverlay(sigma, focus);
        showPayload(v.payload, `Diff: ${state.diff.a.source} → ${state.diff.b.source}`);
      }
      const step = state.step === null ? null : view?.steps[state.step];
      if (step) actions.camera.fit(step.nodes);
      overlay?.refresh();
    },
  );
  if (url) {
    panel.open();
    actions.diff.loading(url);
    fetchDiff(url).then(
      (diff) => actions.diff.loaded(url, diff),
      (error: unknown) => actions.diff.failed(url, message(error)),
    );
  }
}
