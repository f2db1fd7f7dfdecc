// Exports of the current view: PNG for slides (@sigma/export-image), GEXF (graphology-gexf) and JSON (graphology).
import { write } from "graphology-gexf/browser";
import { fixGexfNamespaces, gexfEdge, gexfNode, slideSourceLine, viewCypherText } from "../lib/export/index.ts";
import { h } from "../lib/dom.ts";
import { downloadFile } from "../lib/download.ts";
import { createNodeLook, relationshipPhrase } from "../lib/appearance/index.ts";
import type { AppState } from "../core/store/index.ts";
import { INITIAL_SELECTION } from "../core/selection/index.ts";
import type { Store } from "../lib/create-store.ts";
import { highlightContext, nodeDisplay } from "./highlight/index.ts";
import type { CanvasTheme } from "./canvas-theme.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";
import { canvasToPng, drawSlide, stageSources, type SlideText } from "./slide-png.ts";

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

function canvasBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue("--canvas-bg").trim() || "#ffffff";
}

function cssColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** The page's own title and subtitle, and the legend's entries as the reader sees them (hidden ones left out). */
function slideText(theme: CanvasTheme): SlideText {
  const legend = [...document.querySelectorAll<HTMLElement>("#legend .legend-list li")]
    .filter((li) => li.querySelector('[aria-pressed="false"]') === null)
    .map((li) => ({
      color: li.querySelector<HTMLElement>(".swatch")?.style.backgroundColor ?? theme.label,
      label: li.querySelector(".legend-label")?.textContent?.trim() ?? "",
    }))
    .filter((entry) => entry.label !== "");
  return {
    title: document.querySelector(".app-header h1")?.textContent?.trim() || document.title,
    subtitle: document.querySelector(".app-header .subtitle")?.textContent?.replace(/\s+/g, " ").trim() ?? "",
    legend,
    background: canvasBackground(),
    ink: theme.label,
    muted: cssColor("--muted", theme.label),
    font: theme.font,
  };
}

export async function exportPng(sigma: ExplorerSigma, theme: CanvasTheme): Promise<Blob> {
  const text = slideText(theme);
  const canvas = await drawSlide(sigma, text, slideSourceLine(stageSources(sigma), text.title, stamp()));
  return canvasToPng(canvas);
}

/** GEXF 1.2 of the data graph as the stage shows it: names in the chosen language, the current Style's colours. */
export function gexfText(sigma: ExplorerSigma, store: Store<AppState>, theme: CanvasTheme): string {
  const graph = sigma.getGraph();
  const { preferences, perspective } = store.get();
  const current = perspective.current;
  const look = current ? createNodeLook(current, () => graph.mapNodes((_, attrs) => attrs)) : null;
  // No selection, hover or route: the file holds every node in its own colour, not dimmed.
  const ctx = highlightContext(graph, INITIAL_SELECTION, preferences, theme.colors, { look });
  const xml = write(graph, {
    version: "1.2",
    pretty: true,
    formatNode: (key, attrs) => {
      const shown = nodeDisplay(key, attrs, { ...ctx, focus: key, selected: key });
      return gexfNode(key, attrs, {
        label: shown.label ?? attrs.label,
        color: shown.color ?? attrs.color,
        size: shown.size ?? attrs.size,
      });
    },
    formatEdge: (key, attrs) => gexfEdge(key, attrs, relationshipPhrase(attrs.relType, current, preferences.language)),
  });
  return fixGexfNamespaces(xml);
}

export function exportGexf(sigma: ExplorerSigma, store: Store<AppState>, theme: CanvasTheme): void {
  const xml = gexfText(sigma, store, theme);
  downloadFile({ name: `graph-${stamp()}.gexf`, type: "application/gexf+xml", content: xml });
}

export function exportGraphJson(sigma: ExplorerSigma): void {
  downloadFile({
    name: `graph-${stamp()}.json`,
    type: "application/json",
    content: `${JSON.stringify(sigma.getGraph().export(), null, 2)}\n`,
  });
}

/** The view as a seed script that `npm run seed -- --file` loads (the writer `npm run export -- --cypher` uses). */
export function exportCypher(sigma: ExplorerSigma): void {
  const title = document.querySelector(".app-header h1")?.textContent?.trim() || document.title;
  downloadFile({
    name: `graph-${stamp()}.cypher`,
    type: "text/plain;charset=utf-8",
    content: viewCypherText(sigma.getGraph(), title),
  });
}

export function mountExportMenu(
  element: HTMLElement,
  { sigma, store, theme }: { sigma: ExplorerSigma; store: Store<AppState>; theme: CanvasTheme },
  onError: (message: string) => void,
): void {
  const item = (text: string, label: string, testid: string, run: () => void | Promise<void>) => {
    const button = h(
      "button",
      { type: "button", class: "tool-button", "aria-label": label, title: label, "data-testid": testid },
      text,
    );
    button.addEventListener("click", () => {
      Promise.resolve()
        .then(run)
        .catch((error: unknown) => onError(`Export failed: ${error instanceof Error ? error.message : String(error)}`));
    });
    return button;
  };
  element.replaceChildren(
    h("span", { class: "tool-label", id: "export-label" }, "Export"),
    item("PNG", "Export the view as a slide-sized PNG image", "export-png", async () => {
      const blob = await exportPng(sigma, theme);
      downloadFile({ name: `graph-${stamp()}.png`, type: "image/png", content: blob });
    }),
    item("GEXF", "Export the graph as GEXF (Gephi)", "export-gexf", () => exportGexf(sigma, store, theme)),
    item("JSON", "Export the graph as graphology JSON", "export-json", () => exportGraphJson(sigma)),
    item("Cypher", "Download as Cypher: a seed script of the view's nodes and relationships", "export-cypher", () =>
      exportCypher(sigma),
    ),
  );
  element.setAttribute("role", "group");
  element.setAttribute("aria-labelledby", "export-label");
  element.hidden = false;
}
