// Entry point: creates the store and data source, then wires views and controllers together.
import "./lib/zod-csp.ts";
import "./styles/theme.css";
import "./styles/layout.css";
import "./styles/panel.css";
import "./styles/explorer-tools.css";
import "./styles/themes.css";
import "./styles/workbench.css";
import "./styles/results.css";
import "./styles/presentation.css";
import { chooseSources, type Sources } from "./api/choose-source.ts";
import { createApp } from "./core/store/index.ts";
import type { ExplorerGraph } from "./lib/graph/index.ts";
import { mountCameraController } from "./stage/camera-controller.ts";
import { readCanvasTheme } from "./stage/canvas-theme.ts";
import { mountDetailLoader } from "./details/detail-loader.ts";
import { mountDetailsPanel } from "./details/details-panel.ts";
import { mountHoverController } from "./stage/hover-controller.ts";
import { mountLanguageSwitch } from "./panels/language-switch.ts";
import { mountLegendView } from "./panels/legend-view.ts";
import { syncRendering } from "./stage/render-sync.ts";
import { mountResearcherStage, setupResearcher } from "./app/researcher-setup.ts";
import { mountSelectionController } from "./stage/selection-controller.ts";
import { createStage } from "./stage/sigma-stage.ts";
import { mountStatusView } from "./panels/status-view.ts";
import { mountStageResize } from "./stage/stage-resize.ts";
import { installTestHooks } from "./app/test-hooks.ts";
import { mountReadySignals } from "./stage/ready-signals.ts";
import { setupStageTools, setupWorkbench } from "./app/workbench-setup.ts";
import { parsePageOptions } from "./app/page-options/index.ts";
import { required } from "./lib/dom.ts";
import { mountOfflineBanner, showSnapshotLoading, showStartupFailure } from "./panels/offline-banner.ts";

const { store, actions } = createApp();

/** One code path for both editions: only the data source differs (live API, or the static export's snapshot). */
function start({ data: source, queries, snapshot }: Sources): void {
  if (snapshot) mountOfflineBanner(required(".app-header"), snapshot);
  const pageOptions = parsePageOptions(location.search);
  const workbench = setupWorkbench({ store, actions }, source, pageOptions, queries, snapshot ? "offline" : undefined);
  const theme = readCanvasTheme();
  // The researcher tools own the data graph: the first view comes from the URL (the whole graph without one).
  const researcher = setupResearcher({ store, actions }, source, theme.colors.edge);
  const reload = () => researcher.boot();

  function mountExplorer(graph: ExplorerGraph): void {
    const container = required("#stage");
    const sigma = createStage(container, graph, store, theme);
    syncRendering(sigma, store);
    mountStageResize(sigma);
    mountHoverController(sigma, actions);
    mountSelectionController(sigma, actions);
    mountCameraController(sigma, store, actions, required("#camera-controls"), researcher.sync);
    mountLegendView(required("#legend"), graph, store, actions);
    mountDetailLoader(source, graph, store, actions);
    mountDetailsPanel(required("#details"), graph, store, actions, researcher.panelDeps);
    mountReadySignals(sigma, graph, researcher.layout);
    // A compile-time constant: a production build drops this call and, with it, the whole test-hooks module (it is
    // installed synchronously, as before, so the test handle exists by the time body[data-graph-ready] is set).
    if (__KG_TEST_HOOKS__) installTestHooks(sigma, graph, store);
    mountResearcherStage({ store, actions }, sigma, researcher);
    setupStageTools({ store, actions }, sigma, theme, workbench, pageOptions, researcher.showPayload);
    required("#hint").hidden = false;
  }

  mountStatusView(required("#status"), store, reload);
  mountLanguageSwitch(required("#language-switch"), store, actions);
  // The stage is built once, for the first graph that arrives; later loads (expand, queries) will update it.
  const stopWaiting = store.watch(
    (s) => s.data,
    (data) => {
      if (data.status !== "ready") return;
      stopWaiting();
      mountExplorer(data.graph);
    },
  );
  reload();
}

showSnapshotLoading();
chooseSources().then(start, (error: unknown) => showStartupFailure(required("#status"), error));
