// Wires the workbench (queries, editor, results), themes, exports and presentation mode; main.ts calls these two.
import type { DataSource } from "../api/index.ts";
import { createQueryClient, type QueryClient } from "../api/query-client.ts";
import type { App } from "../core/store/index.ts";
import type { PageOptions } from "./page-options/index.ts";
import { storyFromRelationships } from "../core/presentation/index.ts";
import { sourceTitle } from "../core/result/index.ts";
import { h, required } from "../lib/dom.ts";
import type { CanvasTheme } from "../stage/canvas-theme.ts";
import type { CypherEditorHandle } from "../workbench/cypher-editor-view.ts";
import { mountExportMenu } from "../stage/export-menu.ts";
import { mountPresentation } from "../presentation/presentation-controller.ts";
import { mountPresentationKeys } from "../presentation/presentation-keys.ts";
import { mountQueryLibrary } from "../workbench/query-library-view.ts";
import { createQueryRunner } from "../workbench/query-runner.ts";
import { mountResultsView } from "../workbench/results-view.ts";
import { mountRunHistory } from "../workbench/run-history-view.ts";
import type { ExplorerSigma } from "../stage/sigma-stage.ts";
import { loadDefaultStory } from "../presentation/story-loader.ts";
import { initTheme, mountCanvasTheme, mountThemeToggle } from "./theme-controller.ts";
import { createSceneLoader, type ShowPayloadFn, type SceneLoader } from "../commands/scene-loader.ts";
import { mountWorkbenchPanel, mountWorkbenchToggle } from "../workbench/workbench-panel.ts";
import { showToast } from "./toast.ts";

export interface Workbench {
  sceneLoader: SceneLoader;
  /** Starts the Ma → Apple story (loading it once), or resumes the last story presented. */
  presentDefault: () => void;
}

/** Everything that works before (or without) a drawn graph: theme, the query panel, the results drawer. */
/** `offline` marks the static edition: the editor then explains why it is unavailable instead of failing on run. */
export function setupWorkbench(
  { store, actions }: App,
  source: DataSource,
  options: PageOptions,
  client: QueryClient = createQueryClient(),
  offline?: "offline",
): Workbench {
  initTheme(actions, options.theme);
  mountThemeToggle(required("#theme-toggle"), store, actions);
  document.documentElement.classList.toggle("embed", options.embed);
  const sceneLoader = createSceneLoader(source);
  let storyRequest: Promise<void> | null = null;
  const presentDefault = () => {
    const { story } = store.get().presentation;
    if (story) return actions.presentation.start(story);
    storyRequest ??= loadDefaultStory(source).then(actions.presentation.start, (error: unknown) => {
      storyRequest = null;
      showToast(`Could not load the story: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const presentButton = required("#present-button");
  presentButton.addEventListener("click", presentDefault);
  presentButton.hidden = false;
  mountPresentationKeys(store, actions, presentDefault);
  if (options.embed) return { sceneLoader, presentDefault };

  const runner = createQueryRunner(client, actions);
  const panels = mountWorkbenchPanel(required("#workbench"), store, actions);
  mountWorkbenchToggle(required<HTMLButtonElement>("#workbench-toggle"), required("#workbench"));
  mountQueryLibrary(panels.library, store, actions, client, runner);
  const editorBox = document.createElement("div");
  const historyBox = document.createElement("div");
  panels.editor.append(editorBox, historyBox);
  // The Cypher support (an ANTLR grammar) is most of the page's weight: load it when the tab first opens.
  let editor: Promise<CypherEditorHandle> | null = null;
  const loadEditor = (): Promise<CypherEditorHandle> => {
    if (offline) {
      editorBox.replaceChildren(
        h(
          "p",
          { class: "notice", role: "status", "data-testid": "editor-unavailable" },
          "The Cypher editor is not available in this offline snapshot: it needs a live Neo4j database. The saved queries' stored results are in the Queries tab.",
        ),
      );
      return new Promise(() => {});
    }
    if (!editor) {
      editorBox.replaceChildren(h("p", { class: "muted", role: "status" }, "Loading the Cypher editor…"));
      editor = import("../workbench/cypher-editor-view.ts").then((m) =>
        m.mountCypherEditor(editorBox, store, source, runner),
      );
    }
    return editor;
  };
  const openEditor = () =>
    void loadEditor().catch(() => {
      editor = null;
      editorBox.replaceChildren(
        h(
          "p",
          { class: "notice notice-error", role: "alert" },
          "The Cypher editor could not be loaded; reload the page to try again.",
        ),
      );
    });
  store.watch(
    (s) => s.library.tab,
    (tab) => tab === "editor" && openEditor(),
  );
  if (store.get().library.tab === "editor") openEditor();
  mountRunHistory(historyBox, store, actions, (query) => void loadEditor().then((e) => e.setValue(query)));
  mountResultsView(required("#results"), store, actions, {
    present: () => {
      const result = store.get().result;
      if (result.status === "ready")
        actions.presentation.start(
          storyFromRelationships(sourceTitle(result.source), result.payload.relationships, result.payload.nodes),
        );
    },
    showWholeGraph: () =>
      void sceneLoader.showWholeGraph().catch(() => showToast("Could not load the whole graph again.")),
  });
  store.watch(
    (s) => s.result,
    (result) => {
      if (result.status === "ready") sceneLoader.showPayload(result.payload, `Query: ${sourceTitle(result.source)}`);
    },
  );
  if (options.query) {
    const name = options.query;
    const stop = store.watch(
      (s) => s.library.queries,
      (queries) => {
        if (queries.status !== "ready") return;
        stop();
        const query = queries.queries.find((q) => q.name === name);
        if (!query) return showToast(`The link names a saved query "${name}" that does not exist.`);
        actions.library.select(name);
        void runner.runSaved(query, Object.fromEntries(query.params.map((p) => [p.name, p.default])));
      },
    );
  }
  return { sceneLoader, presentDefault };
}

/**
 * Everything that needs the Sigma stage: canvas colours, exports, presentation reducers; `showPayload` is the
 * researcher tools' way of putting a payload in view (one history step).
 */
export function setupStageTools(
  { store, actions }: App,
  sigma: ExplorerSigma,
  theme: CanvasTheme,
  workbench: Workbench,
  options: PageOptions,
  showPayload: ShowPayloadFn,
): void {
  workbench.sceneLoader.attach(showPayload);
  mountCanvasTheme(sigma, store, theme);
  mountExportMenu(required("#export-menu"), sigma, showToast);
  mountPresentation({
    sigma,
    store,
    actions,
    theme,
    caption: required("#presentation-caption"),
    sceneLoader: workbench.sceneLoader,
  });
  if (options.present) workbench.presentDefault();
}
