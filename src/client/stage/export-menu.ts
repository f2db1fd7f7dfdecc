// Exports of the current view: PNG for slides (@sigma/export-image), GEXF (graphology-gexf) and JSON (graphology).
import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import { write } from "graphology-gexf/browser";
import { gexfEdge, gexfNode } from "../lib/export/index.ts";
import { h } from "../lib/dom.ts";
import { downloadFile } from "../lib/download.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

function canvasBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue("--canvas-bg").trim() || "#ffffff";
}

export async function exportPng(sigma: ExplorerSigma): Promise<void> {
  // The package types Sigma with default attributes; it only reads settings, camera and canvases.
  const blob = await toBlob(sigma as unknown as Sigma, { format: "png", backgroundColor: canvasBackground() });
  downloadFile({ name: `graph-${stamp()}.png`, type: "image/png", content: blob });
}

export function exportGexf(sigma: ExplorerSigma): void {
  const xml = write(sigma.getGraph(), { formatNode: gexfNode, formatEdge: gexfEdge, pretty: true });
  downloadFile({ name: `graph-${stamp()}.gexf`, type: "application/gexf+xml", content: xml });
}

export function exportGraphJson(sigma: ExplorerSigma): void {
  downloadFile({
    name: `graph-${stamp()}.json`,
    type: "application/json",
    content: `${JSON.stringify(sigma.getGraph().export(), null, 2)}\n`,
  });
}

export function mountExportMenu(element: HTMLElement, sigma: ExplorerSigma, onError: (message: string) => void): void {
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
    item("PNG", "Export the view as a PNG image", "export-png", () => exportPng(sigma)),
    item("GEXF", "Export the graph as GEXF (Gephi)", "export-gexf", () => exportGexf(sigma)),
    item("JSON", "Export the graph as graphology JSON", "export-json", () => exportGraphJson(sigma)),
  );
  element.setAttribute("role", "group");
  element.setAttribute("aria-labelledby", "export-label");
  element.hidden = false;
}
