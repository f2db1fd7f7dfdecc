// Puts the diff's colours on the stage by wrapping Sigma's reducers (the data graph is never recoloured), and takes
// them off again when the diff is closed.
import type { ExplorerSigma } from "../stage/sigma-stage.ts";
import { diffEdgeDisplay, diffNodeDisplay, type DiffColors, type DiffFocus } from "./diff-display.ts";

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** Read from CSS (diff.css) so each theme can set them. */
export const readDiffColors = (): DiffColors => ({
  added: cssVar("--diff-added", "#2f9e44"),
  removed: cssVar("--diff-removed", "#e03131"),
  changed: cssVar("--diff-changed", "#f08c00"),
  rekeyed: cssVar("--diff-rekeyed", "#1c7ed6"),
  unchanged: cssVar("--diff-unchanged", "#adb5bd"),
});

export interface DiffOverlay {
  refresh(): void;
  remove(): void;
}

export function installDiffOverlay(sigma: ExplorerSigma, focus: () => DiffFocus): DiffOverlay {
  const nodeReducer = sigma.getSetting("nodeReducer");
  const edgeReducer = sigma.getSetting("edgeReducer");
  sigma.setSetting("nodeReducer", (node, attrs) =>
    diffNodeDisplay(node, nodeReducer ? nodeReducer(node, attrs) : attrs, focus()),
  );
  sigma.setSetting("edgeReducer", (edge, attrs) =>
    diffEdgeDisplay(edge, edgeReducer ? edgeReducer(edge, attrs) : attrs, focus()),
  );
  return {
    refresh: () => sigma.refresh({ skipIndexation: true }),
    remove: () => {
      sigma.setSetting("nodeReducer", nodeReducer);
      sigma.setSetting("edgeReducer", edgeReducer);
    },
  };
}
