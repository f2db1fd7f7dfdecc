// Shapes of the browser benchmark: its options and the figures measured per page, size and run.

/** "sigma" is the plain-Sigma page: the renderer alone, the explorer's yardstick. */
export type Renderer = "explorer" | "vis-network" | "sigma";

export interface BrowserBenchOptions {
  /** Project root: where vite.config.ts, index.html and node_modules are. */
  root: string;
  /** Where sites, data and the private build go (deleted at the end unless kept). */
  workDir: string;
  /** Node counts compared side by side; edges are `edgesPerNode` times as many. */
  sizes: number[];
  edgesPerNode: number;
  runs: number;
  seed: number;
  /** The explorer-only case (nodes, edges), with the hub expansion; null skips it. */
  big: { nodes: number; edges: number } | null;
  /** Runs of the big case (it is the slowest; fewer runs keep the whole run within an hour). */
  bigRuns: number;
  /** Longest wait for a page to draw its first frame before it is reported as "did not render". */
  renderBudgetMs: number;
  /** How long the stage is dragged for the frame-rate figure. */
  panMs: number;
  log: (line: string) => void;
}

export interface LongTaskStats {
  count: number;
  maxMs: number;
  totalMs: number;
}

/** One page load of one renderer: everything is in milliseconds from navigation start unless named otherwise. */
export interface PageFigures {
  status: "ok";
  /** Where the times come from: the page's performance marks, or the moment body[data-graph-ready] flipped. */
  timing: "marks" | "ready-attribute";
  dataFetchedMs: number | null;
  graphBuiltMs: number | null;
  firstRenderMs: number;
  layoutDoneMs: number | null;
  /** Graph build alone: graph-built minus data-fetched (null without both marks). */
  buildMs: number | null;
  /** requestAnimationFrame callbacks per second while the stage was dragged. */
  panFps: number;
  /** Times the renderer actually redrew per second during the drag (Sigma afterRender, vis afterDrawing). */
  redrawsPerSecond: number | null;
  /** Whether the drag moved the camera (a drag that grabbed a node would move the node instead). */
  cameraMoved: boolean;
  longTasks: { load: LongTaskStats; pan: LongTaskStats };
  longAnimationFrames: { load: LongTaskStats; pan: LongTaskStats };
  heapMB: number;
  nodesDrawn: number;
  edgesDrawn: number;
}

export interface PageTimeout {
  status: "timeout";
  budgetMs: number;
  /** What was still missing when the budget ran out. */
  step: string;
}

export interface PageFailure {
  status: "failed";
  message: string;
}

export type PageResult = PageFigures | PageTimeout | PageFailure;

export interface PayloadFigures {
  nodes: number;
  edges: number;
  plainBytes: number;
  gzipBytes: number;
  bytesPerNode: number;
  bytesPerEdge: number;
}

export interface SizeRun {
  explorer: PageResult;
  vis: PageResult;
  /** The plain-Sigma page (sigma and graphology only, positions given). */
  sigma: PageResult;
  /** JSON.parse of the snapshot text in the page, ms. */
  parseMs: number;
}

export interface SizeResult {
  nodes: number;
  edges: number;
  payload: PayloadFigures;
  runs: SizeRun[];
}

export interface HubFigures {
  status: "ok";
  hub: string;
  degree: number;
  /** From the click on Expand until the first page of neighbours is drawn. */
  firstPageMs: number;
  /** The "Showing N of M" text once the first page is in. */
  shown: string;
  nodesAfter: number;
  longestTaskMs: number;
  longTasks: number;
}

export interface BigRun {
  page: PageResult;
  hub: HubFigures | PageTimeout | PageFailure;
}

export interface BigResult {
  nodes: number;
  edges: number;
  payload: PayloadFigures;
  runs: BigRun[];
}

export interface BrowserBenchResult {
  options: Omit<BrowserBenchOptions, "log">;
  /** The commit whose explorer was built and measured. */
  explorerCommit: string;
  webglRenderer: string;
  chromium: string;
  versions: Record<string, string>;
  sizes: SizeResult[];
  big: BigResult | null;
  load1: { start: number; end: number };
  totalMs: number;
}
