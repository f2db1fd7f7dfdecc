// Reads the canvas colours and font from CSS variables, so a theme change in CSS also restyles WebGL.
import { DEFAULT_CANVAS_COLORS, type CanvasColors } from "./highlight/index.ts";

export interface CanvasTheme {
  colors: CanvasColors;
  label: string;
  font: string;
}

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export function readCanvasTheme(element: Element = document.documentElement): CanvasTheme {
  const style = getComputedStyle(element);
  return {
    colors: {
      edge: cssVar(style, "--canvas-edge", DEFAULT_CANVAS_COLORS.edge),
      edgeFocus: cssVar(style, "--canvas-edge-focus", DEFAULT_CANVAS_COLORS.edgeFocus),
      dimNode: cssVar(style, "--canvas-dim-node", DEFAULT_CANVAS_COLORS.dimNode),
      dimEdge: cssVar(style, "--canvas-dim-edge", DEFAULT_CANVAS_COLORS.dimEdge),
    },
    label: cssVar(style, "--canvas-label", "#1f2933"),
    font: cssVar(style, "--font-sans", "sans-serif"),
  };
}
