// Wires the researcher's tools (search, expand, paths, history and the URL) around the one data graph;
// main.ts calls setupResearcher before the first view and mountResearcherStage once Sigma exists.
import { MultiDirectedGraph } from "graphology";
import type { DataSource } from "../api/index.ts";
import type { App } from "../core/store/index.ts";
import { createCatalog } from "../lib/catalog/index.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import { decodeUrlState } from "../lib/url-state/index.ts";
import { required } from "../lib/dom.ts";
import { mountActivityView } from "../panels/activity-view.ts";
import type { CommandContext } from "../commands/command-context.ts";
import type { DetailsPanelDeps } from "../details/details-panel.ts";
import { mountDragController } from "../stage/drag-controller.ts";
import { mountEmptyView } from "../panels/empty-view.ts";
import { createExpandCommands } from "../commands/expand-command.ts";
import { mountExpandController } from "../stage/expand-controller.ts";
import { mountGraphSync, type GraphSync } from "../stage/graph-sync.ts";
import { mountHistoryControls } from "../panels/history-controls.ts";
import { createIncrementalLayout, type IncrementalLayout } from "../stage/incremental-layout.ts";
import { bootScene, reopenScene } from "../commands/open-scene.ts";
import { createOpenCommand } from "../commands/open-command.ts";
import { createPathCommands } from "../commands/path-command.ts";
import { mountPathPanel } from "../panels/path-panel.ts";
import { mountSearchBox } from "../search/search-box.ts";
import { createShowPayload, type ShowPayload } from "../commands/show-payload.ts";
import { mountSidePanels } from "../panels/side-panels.ts";
import type { ExplorerSigma } from "../stage/sigma-stage.ts";
import { mountUrlSync } from "./url-sync.ts";

export interface Researcher {
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
}

export function setupResearcher({ store, actions }: App, source: DataSource, edgeColor: string): Researcher {
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
  mountPathPanel(pathBody, store, actions, source, catalog, paths);
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
    boot: () => {
      const { state, problems } = decodeUrlState(location.search);
      void bootScene(ctx, state, problems);
    },
    showPayload: createShowPayload(ctx),
    panelDeps: { store, expand, paths, showPaths, open: (id) => void open(id) },
  };
}

/** The gestures that need the renderer: double-click/Enter to expand, drag to move and pin. */
export function mountResearcherStage({ store, actions }: App, sigma: ExplorerSigma, researcher: Researcher): void {
  mountExpandController(sigma, store, researcher.expand);
  mountDragController(sigma, actions);
}
