// The one composition root: wires the store, the data source and every feature (stage, commands, panels, details,
// search, workbench, presentation) together. compose() runs once the data source is known; the researcher tools
// are set up before the first view, the stage tools once Sigma exists.
import { MultiDirectedGraph } from "graphology";
import type { Sources } from "../api/choose-source.ts";
import { describeFailure, type ApiClient } from "../api/index.ts";
import type { CommandContext } from "../commands/command-context.ts";
import { createExpandCommands } from "../commands/expand-command.ts";
import { createOpenCommand } from "../commands/open-command.ts";
import { bootScene, reopenScene } from "../commands/open-scene.ts";
import { createPathCommands } from "../commands/path-command.ts";
import { createSceneLoader, type SceneLoader, type ShowPayloadFn } from "../commands/scene-loader.ts";
import { createShowPayload, type ShowPayload } from "../commands/show-payload.ts";
import { storyFromRelationships } from "../core/presentation/index.ts";
import { sourceTitle } from "../core/result/index.ts";
import type { App } from "../core/store/index.ts";
import { mountDetailLoader } from "../details/detail-loader.ts";
import { diffUrlOf, mountDiff } from "../diff/mount-diff.ts";
import { type DetailsPanelDeps, mountDetailsPanel } from "../details/details-panel.ts";
import { addNodes, createCatalog } from "../lib/catalog/index.ts";
import { h, required } from "../lib/dom.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { paramsFromLink } from "../lib/query-form/index.ts";
import { decodeUrlState, readQueryLink } from "../lib/url-state/index.ts";
import { mountActivityView } from "../panels/activity-view.ts";
import { mountEmptyView } from "../panels/empty-view.ts";
import { mountHistoryControls } from "../panels/history-controls.ts";
import { mountLanguageSwitch } from "../panels/language-switch.ts";
import { mountLegendView } from "../panels/legend-view.ts";
import { mountOfflineBanner } from "../panels/offline-banner.ts";
import { mountPanelDock } from "../panels/panel-dock.ts";
import { mountPathPanel } from "../panels/path-panel.ts";
import { mountViewNotesPanel } from "../panels/view-notes-panel.ts";
import { createNoteCommands } from "../details/note-commands.ts";
import { createNotesView } from "../details/notes-view.ts";
import { mountSidePanels } from "../panels/side-panels.ts";
import { mountStatusView } from "../panels/status-view.ts";
import { loadPerspective } from "../panels/style/perspective-loader.ts";
import { mountStylePanel } from "../panels/style/style-panel.ts";
import { mountPresentation, type PresentationHandle } from "../presentation/presentation-controller.ts";
import { mountPresentationKeys } from "../presentation/presentation-keys.ts";
import { mountLiveFollower } from "../presentation/live-follower.ts";
import { mountLiveTeacher } from "../presentation/live-teacher.ts";
import { loadGraphStory, loadPerspectiveStory } from "../presentation/story-loader.ts";
import { mountReader } from "../reader/reader-panel.ts";
import { mountSearchBox } from "../search/search-box.ts";
import { mountCameraController } from "../stage/camera-controller.ts";
import { type CanvasTheme, readCanvasTheme } from "../stage/canvas-theme.ts";
import { mountDragController } from "../stage/drag-controller.ts";
import { mountExpandController } from "../stage/expand-controller.ts";
import { mountKeyboardNavigation } from "../stage/keyboard-navigation.ts";
import { mountSkipLink } from "./skip-link.ts";
import { mountGraphSubtitle } from "./graph-subtitle.ts";
import { mountExportMenu } from "../stage/export-menu.ts";
import { type GraphSync, mountGraphSync } from "../stage/graph-sync.ts";
import { mountHoverController } from "../stage/hover-controller.ts";
import { createIncrementalLayout, type IncrementalLayout } from "../stage/incremental-layout.ts";
import { mountReadySignals } from "../stage/ready-signals.ts";
import { syncRendering } from "../stage/render-sync.ts";
import { mountMeasures } from "../stage/measures-sync.ts";
import { mountSelectionController } from "../stage/selection-controller.ts";
import { createStage, type ExplorerSigma } from "../stage/sigma-stage.ts";
import { mountStageResize } from "../stage/stage-resize.ts";
import { mountAsOfReducers } from "../stage/as-of-reducers.ts";
import { mountTimelineStrip } from "../timeline/timeline-strip.ts";
import type { CypherEditorHandle } from "../workbench/cypher-editor-view.ts";
import { mountQueryLibrary } from "../workbench/query-library-view.ts";
import { createQueryRunner } from "../workbench/query-runner.ts";
import { mountResultsView } from "../workbench/results-view.ts";
import { mountRunHistory } from "../workbench/run-history-view.ts";
import { mountWorkbenchPanel, mountWorkbenchToggle } from "../workbench/workbench-panel.ts";
import { type PageOptions, parsePageOptions } from "./page-options/index.ts";
import { installTestHooks } from "./test-hooks.ts";
import { holdDrawingWhileFed } from "../stage/feed-draw-hold.ts";
import { initTheme, mountCanvasTheme, mountThemeToggle } from "./theme-controller.ts";
import { showToast } from "./toast.ts";
import { mountUrlSync } from "./url-sync.ts";

/** One code path for both editions: only the data source differs (live API, or the static export's snapshot). */
export function compose({ store, actions }: App, { api: source, snapshot }: Sources): void {
  if (snapshot) mountOfflineBanner(required(".app-header"), snapshot);
  mountPanelDock([required("#side-panel"), required("#workbench"), required("#details")]);
  const pageOptions = parsePageOptions(location.search);
  // Read before the URL sync rewrites the address with the view's own keys.
  const diffUrl = diffUrlOf(location.search);
  const workbench = setupWorkbench({ store, actions }, source, pageOptions, snapshot ? "offline" : undefined);
  const theme = readCanvasTheme();
  // The researcher tools own the data graph: the first view comes from the URL (the whole graph without one).
  const researcher = setupResearcher({ store, actions }, source, theme.colors.edge);
  const reload = () => researcher.boot();

  function mountExplorer(graph: ExplorerGraph): void {
    const container = required("#stage");
    // Shown before the camera controller mounts: a fit keeps nodes clear of this line only while it is on screen.
    required("#hint").hidden = false;
    const sigma = createStage(container, graph, store, theme, researcher.sync.target());
    holdDrawingWhileFed(sigma, researcher.sync);
    syncRendering(sigma, store);
    const measures = mountMeasures(graph, store, actions);
    mountStageResize(sigma);
    mountHoverController(sigma, actions);
    mountSelectionController(sigma, actions);
    mountCameraController(sigma, store, actions, required("#camera-controls"), researcher.sync);
    mountLegendView(required("#legend"), graph, store, actions);
    mountDetailLoader(source, graph, store, actions);
    mountDetailsPanel(required("#details"), graph, store, actions, researcher.panelDeps);
    mountReadySignals(sigma, graph, researcher.layout, researcher.sync);
    // A compile-time constant: a production build drops this call and, with it, the whole test-hooks module (it is
    // installed synchronously, as before, so the test handle exists by the time body[data-graph-ready] is set).
    if (__KG_TEST_HOOKS__) installTestHooks(sigma, graph, store, measures);
    mountResearcherStage({ store, actions }, sigma, researcher);
    mountSkipLink(document.querySelector<HTMLAnchorElement>(".skip-link"), sigma.getContainer());
    // Before the presentation tools, which wrap the reducers they find (the as-of ones included).
    mountAsOfReducers(sigma, store, theme);
    mountTimelineStrip(required("#timeline"), graph, store, actions);
    mountDiff({ sigma, store, actions, panel: researcher.diffPanel, showPayload: researcher.showPayload }, diffUrl);
    setupStageTools({ store, actions }, sigma, theme, workbench, pageOptions, researcher.showPayload, source);
  }

  mountStatusView(required("#status"), store, reload);
  mountLanguageSwitch(required("#language-switch"), store, actions);
  // The stage is built once, for the first graph that arrives; later loads (expand, queries) will update it. It stops
  // waiting only once the stage is up, so Try again after a failed first build builds it again. It is built in a task
  // of its own: in the same task as the data graph's import, the two made the longest task of the page's load.
  let building = false;
  const stopWaiting = store.watch(
    (s) => s.data,
    (data) => {
      if (data.status !== "ready" || building) return;
      building = true;
      setTimeout(() => {
        try {
          mountExplorer(data.graph);
          stopWaiting();
        } catch (error) {
          // As when the stage was built inside the load: the status says why, and Try again builds it again.
          actions.data.failed(describeFailure(error));
        } finally {
          building = false;
        }
      }, 0);
    },
  );
  reload();
}

// The researcher's tools (search, expand, paths, history and the URL) around the one data graph: set up before the
// first view; mountResearcherStage adds the gestures once Sigma exists.
interface Researcher {
  /** The one graph Sigma draws; the scene decides what is in it. */
  graph: ExplorerGraph;
  layout: IncrementalLayout;
  sync: GraphSync;
  /** Opens the view the URL describes (the whole graph when it describes none); also the retry. */
  boot(): void;
  /** For other features (query results): show a payload as the view, as one history step. */
  showPayload: ShowPayload;
  panelDeps: DetailsPanelDeps;
  expand: ReturnType<typeof createExpandCommands>;
  /** The "Changes" side panel the diff feature fills. */
  diffPanel: { body: HTMLElement; open: () => void };
}

function setupResearcher({ store, actions }: App, source: ApiClient, edgeColor: string): Researcher {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  const catalog = createCatalog();
  const ctx: CommandContext = { source, store, actions, catalog, graph };
  const layout = createIncrementalLayout(graph);
  const sync = mountGraphSync(graph, catalog, store, layout, edgeColor);
  const expand = createExpandCommands(ctx);
  const open = createOpenCommand(ctx);
  const paths = createPathCommands(ctx);
  const panels = mountSidePanels(required("#side-panel"), required("#tool-buttons"));
  const pathBody = panels.register("paths", "Path finder");
  // The story the path finder can follow: the one last presented, else the graph's default story.
  const storyChain = async () => {
    const story =
      store.get().presentation.story ?? (await loadPerspectiveStory(source, store.get().perspective).catch(() => null));
    // Only a story that is one chain (each hop starting where the last ended) is a route.
    if (!story || story.hops.length === 0 || story.hops.some((hop, i) => i > 0 && hop.from !== story.hops[i - 1]!.to))
      return null;
    addNodes(catalog, story.nodes);
    return { title: story.title, nodes: [story.hops[0]!.from, ...story.hops.map((hop) => hop.to)] };
  };
  // People's notes, shown beside the facts in the details panel and on the path finder's hops.
  const noteCommands = createNoteCommands(source, actions);
  const noteDeps = { commands: noteCommands, view: createNotesView(store, noteCommands) };
  mountPathPanel(pathBody, store, actions, source, catalog, paths, storyChain, noteDeps);
  mountStylePanel(panels.register("style", "Style"), store, actions);
  mountViewNotesPanel(panels.register("view-notes", "View notes"), store, catalog, noteCommands, () =>
    panels.open("view-notes"),
  );
  const diffPanel = { body: panels.register("diff", "Changes"), open: () => panels.open("diff") };
  // Graphs whose folder has source texts get the reader; others get no panel.
  void mountReader(panels, store, actions, source);
  loadPerspective(source, actions);
  mountGraphSubtitle(required("#graph-subtitle"), store);
  mountSearchBox(required("#search"), store, actions, source, open);
  mountHistoryControls(required("#history-controls"), store);
  mountActivityView(required("#activity"), store, actions);
  mountEmptyView(required("#view-empty"), store, () => required<HTMLInputElement>("#combo-main-input").focus());
  mountUrlSync(store, actions, catalog, (state) => void reopenScene(ctx, state));
  // A link with a path opens with the path finder showing its hops.
  const stopWaiting = store.watch(
    (s) => s.data.status,
    (status) => {
      if (status === "loading") return;
      stopWaiting();
      if (store.get().paths.result.status === "ready") panels.open("paths");
    },
  );
  const showPaths = () => {
    panels.open("paths");
    // Jump to the end still to fill, so the keyboard user can type its name straight away.
    const { from } = store.get().paths;
    required<HTMLInputElement>(from === null ? "#combo-from-input" : "#combo-to-input").focus();
  };
  return {
    graph,
    layout,
    sync,
    expand,
    diffPanel,
    boot: () => {
      const { state, problems } = decodeUrlState(location.search);
      void bootScene(ctx, state, problems);
    },
    showPayload: createShowPayload(ctx),
    panelDeps: { store, expand, paths, showPaths, open: (id) => void open(id), notes: noteDeps },
  };
}

/** The gestures that need the renderer: double-click/Enter to expand, drag to move and pin. */
function mountResearcherStage({ store, actions }: App, sigma: ExplorerSigma, researcher: Researcher): void {
  mountExpandController(sigma, store, researcher.expand);
  mountKeyboardNavigation(sigma, store, actions);
  mountDragController(sigma, actions);
}

// The workbench (queries, editor, results), themes, exports and presentation mode.
interface Workbench {
  sceneLoader: SceneLoader;
  /** Starts the Ma → Apple story (loading it once), or resumes the last story presented. */
  presentDefault: () => void;
}

/** Everything that works before (or without) a drawn graph: theme, the query panel, the results drawer. */
/** `offline` marks the static edition: the editor then explains why it is unavailable instead of failing on run. */
function setupWorkbench(
  { store, actions }: App,
  source: ApiClient,
  options: PageOptions,
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
    const { perspective, paths, preferences } = store.get();
    storyRequest ??= loadGraphStory(source, { perspective, paths, language: preferences.language }).then(
      actions.presentation.start,
      (error: unknown) => {
        storyRequest = null;
        showToast(`Could not load the story: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };
  const presentButton = required("#present-button");
  presentButton.addEventListener("click", presentDefault);
  presentButton.hidden = false;
  mountPresentationKeys(store, actions, presentDefault);
  if (options.embed) return { sceneLoader, presentDefault };

  const runner = createQueryRunner(source, actions);
  const panels = mountWorkbenchPanel(required("#workbench"), store, actions);
  mountWorkbenchToggle(required<HTMLButtonElement>("#workbench-toggle"), required("#workbench"));
  mountQueryLibrary(panels.library, store, actions, source, runner);
  const editorBox = document.createElement("div");
  const historyBox = document.createElement("div");
  // A link with the editor's text (cypher=) opens the editor with it.
  const linkedCypher = decodeUrlState(location.search).state.cypher;
  if (linkedCypher !== undefined) {
    actions.editor.typed(linkedCypher);
    actions.library.showTab("editor");
  }
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
        m.mountCypherEditor(editorBox, store, source, runner, (text) => actions.editor.typed(text)),
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
        // The link's parameters and table order (lib/url-state/query-link.ts); run first, so the form shows them.
        const link = readQueryLink(location.search);
        const { params, problems } = paramsFromLink(query.params, link?.params ?? {});
        if (problems.length) showToast(problems.join(" "));
        void runner.runSaved(query, params).then(() => link?.sort && actions.result.sortTo(link.sort));
        actions.library.select(name);
      },
    );
  }
  return { sceneLoader, presentDefault };
}

/**
 * Everything that needs the Sigma stage: canvas colours, exports, presentation reducers; `showPayload` is the
 * researcher tools' way of putting a payload in view (one history step).
 */
function setupStageTools(
  { store, actions }: App,
  sigma: ExplorerSigma,
  theme: CanvasTheme,
  workbench: Workbench,
  options: PageOptions,
  showPayload: ShowPayloadFn,
  source: ApiClient,
): void {
  workbench.sceneLoader.attach(showPayload);
  mountCanvasTheme(sigma, store, theme);
  mountExportMenu(required("#export-menu"), { sigma, store, theme }, showToast);
  // Live follow: a link with live=<id> follows that session; otherwise presentation mode offers Share live. The
  // teacher's side watches the store before the presentation draws, so a step leaves for the class before the
  // teacher's own frame is drawn (the presentation is reached through this handle once it exists).
  const liveRoot = required("#live");
  let presentation: PresentationHandle | null = null;
  const handle: PresentationHandle = {
    frameTarget: () => presentation?.frameTarget() ?? null,
    reframe: () => presentation?.reframe(),
  };
  if (!options.live && !options.embed)
    mountLiveTeacher({ root: liveRoot, store, actions, source, sigma, presentation: handle, toast: showToast });
  presentation = mountPresentation({
    sigma,
    store,
    actions,
    theme,
    caption: required("#presentation-caption"),
    sceneLoader: workbench.sceneLoader,
    // A follower frames each step as the teacher's camera is placed on it.
    cameraOffset: () => {
      const { live } = store.get();
      return live.role === "follower" && live.following ? (live.view?.camera ?? null) : null;
    },
  });
  if (options.live)
    mountLiveFollower(options.live, {
      root: liveRoot,
      stage: sigma.getContainer(),
      store,
      actions,
      source,
      presentation: handle,
    });
  if (options.present && !options.live) workbench.presentDefault();
}
