// The slide PNG: the graph redrawn at slide size (@sigma/export-image) with the page's title, the legend and the source line.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import { resolveSource } from "../core/detail/index.ts";
import { toWireNode } from "../lib/graph/index.ts";
import { slideLayout, slideSize, type Box } from "../lib/export/index.ts";
import type { ExplorerSigma } from "./sigma-stage.ts";

export interface SlideText {
  title: string;
  subtitle: string;
  legend: { color: string; label: string }[];
  background: string;
  ink: string;
  muted: string;
  font: string;
}

/** Titles of the sources the relationships on the stage cite (Source nodes, else the raw property). */
export function stageSources(sigma: ExplorerSigma): string[] {
  const graph = sigma.getGraph();
  const sources = graph.filterNodes((_, a) => a.labels.includes("Source")).map((n) => toWireNode(graph, n));
  const titles: string[] = [];
  graph.forEachEdge((_, attrs) => {
    const ref = resolveSource(attrs.properties.source, sources);
    if (ref) titles.push(ref.title);
  });
  return titles;
}

function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function drawLegend(ctx: CanvasRenderingContext2D, box: Box, text: SlideText, unit: number): void {
  const row = 40 * unit;
  const swatch = 22 * unit;
  ctx.font = `600 ${24 * unit}px ${text.font}`;
  ctx.fillStyle = text.ink;
  ctx.textBaseline = "middle";
  ctx.fillText("Legend", box.x, box.y + row / 2);
  ctx.font = `${22 * unit}px ${text.font}`;
  text.legend.slice(0, Math.floor(box.height / row) - 1).forEach((entry, i) => {
    const y = box.y + row * (i + 1.5);
    ctx.fillStyle = entry.color;
    ctx.beginPath();
    ctx.arc(box.x + swatch / 2, y, swatch / 2, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = text.ink;
    ctx.fillText(fitText(ctx, entry.label, box.width - swatch - 12 * unit), box.x + swatch + 12 * unit, y);
  });
}

/** A canvas of slide size: 1920×1080, or twice the stage when the stage is larger than half of that. */
export async function drawSlide(sigma: ExplorerSigma, text: SlideText, source: string): Promise<HTMLCanvasElement> {
  const { width, height } = sigma.getDimensions();
  const layout = slideLayout(slideSize({ width, height }));
  const unit = layout.height / 1080;
  // Labels drawn at the slide's scale; the camera is the stage's, so the slide shows what the reader framed.
  const settings = sigma.getSettings();
  const graphCanvas = await drawOnCanvas(sigma as unknown as Sigma, {
    width: layout.graph.width,
    height: layout.graph.height,
    backgroundColor: text.background,
    sigmaSettings: { labelSize: settings.labelSize * 1.4 * unit, edgeLabelSize: settings.edgeLabelSize * 1.4 * unit },
  });
  const canvas = document.createElement("canvas");
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("PNG export: this browser gives no 2D canvas");
  ctx.fillStyle = text.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  // drawOnCanvas renders at the device's pixel ratio: scale it into the graph box.
  ctx.drawImage(graphCanvas, layout.graph.x, layout.graph.y, layout.graph.width, layout.graph.height);
  ctx.textBaseline = "top";
  ctx.fillStyle = text.ink;
  ctx.font = `700 ${52 * unit}px ${text.font}`;
  ctx.fillText(fitText(ctx, text.title, layout.title.width), layout.title.x, layout.title.y);
  ctx.fillStyle = text.muted;
  ctx.font = `${28 * unit}px ${text.font}`;
  ctx.fillText(fitText(ctx, text.subtitle, layout.title.width), layout.title.x, layout.title.y + 68 * unit);
  drawLegend(ctx, layout.legend, text, unit);
  ctx.fillStyle = text.muted;
  ctx.font = `${22 * unit}px ${text.font}`;
  ctx.textBaseline = "bottom";
  ctx.fillText(fitText(ctx, source, layout.source.width), layout.source.x, layout.source.y + layout.source.height);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("PNG export: the canvas gave no image"))),
      "image/png",
    ),
  );
}
