// The one typed view of the private parts of Sigma's renderer that the stage reaches into (edge slices appended,
// drawing held while a view comes in, the nodes' layer drawn alone), and the one run-time check that a Sigma has
// them all: the names are those of sigma 3.0.x (sigma/src/sigma.ts), pinned in package.json (~3.0.3). When one is
// missing (another Sigma) every caller falls back to Sigma's own public behaviour: slower, never wrong.
/** A WebGL program as Sigma holds it: its data, drawn items, and (compound programs) the programs it forwards to. */
export interface ProgramInternals {
  array: Float32Array;
  capacity: number;
  reallocate(capacity: number): void;
  render(params: unknown): void;
  programs?: ProgramInternals[];
}

export interface RefreshOptions {
  partialGraph?: { nodes?: string[]; edges?: string[] };
  skipIndexation?: boolean;
  schedule?: boolean;
}

export interface SigmaInternals {
  // State.
  renderFrame: number | null;
  needToProcess: boolean;
  width: number;
  height: number;
  webGLContexts: Record<string, WebGLRenderingContext | undefined>;
  canvasContexts: Record<string, CanvasRenderingContext2D | undefined>;
  nodePrograms: Record<string, ProgramInternals>;
  edgePrograms: Record<string, ProgramInternals>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  nodeProgramIndex: Record<string, number>;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }>;
  edgeDataCache: Record<string, { type: string }>;
  // Methods (own properties when a caller wraps them; the prototype's otherwise).
  render(): unknown;
  process(): unknown;
  refresh(opts?: RefreshOptions): unknown;
  updateNode(key: string): void;
  addNodeToProgram(key: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
  resetWebGLTexture(id: string): void;
  getRenderParams(): unknown;
  renderLabels(): void;
  renderHighlightedNodes(): void;
}

const METHODS = [
  "render",
  "process",
  "refresh",
  "updateNode",
  "addNodeToProgram",
  "addEdgeToProgram",
  "resetWebGLTexture",
  "getRenderParams",
  "renderLabels",
  "renderHighlightedNodes",
] as const satisfies ReadonlyArray<keyof SigmaInternals>;

const RECORDS = [
  "webGLContexts",
  "canvasContexts",
  "nodePrograms",
  "edgePrograms",
  "nodeIndices",
  "edgeIndices",
  "nodeProgramIndex",
  "itemIDsIndex",
  "edgeDataCache",
] as const satisfies ReadonlyArray<keyof SigmaInternals>;

const isRecord = (value: unknown): boolean => typeof value === "object" && value !== null;

/**
 * The renderer's private parts when this Sigma has every one named above (the layers the stage draws on included),
 * else null (`sigma`: any Sigma renderer, whatever its attribute types). The view is the renderer itself: writing a
 * method on it replaces that method for this renderer.
 */
export function sigmaInternals(sigma: object): SigmaInternals | null {
  const s = sigma as unknown as Record<string, unknown>;
  if (METHODS.some((name) => typeof s[name] !== "function")) return null;
  if (RECORDS.some((name) => !isRecord(s[name]))) return null;
  if (!("renderFrame" in s) || typeof s.needToProcess !== "boolean") return null;
  if (typeof s.width !== "number" || typeof s.height !== "number") return null;
  const layers = s as { webGLContexts: Record<string, unknown>; canvasContexts: Record<string, unknown> };
  if (!layers.webGLContexts.nodes || !layers.canvasContexts.labels) return null;
  return s as unknown as SigmaInternals;
}
