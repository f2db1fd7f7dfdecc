// Drags the stage like a user panning, from the emptiest spot near its edge, and counts frames meanwhile.
import type { Page } from "playwright-core";
import type { Renderer } from "./types.ts";

export interface PanFigures {
  frames: number;
  redraws: number;
  ms: number;
  /** performance.now() in the page when the drag began: long tasks after it count as "during the pan". */
  start: number;
  cameraMoved: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** On-screen node positions relative to the stage, in CSS pixels, from the renderer's own API. */
function nodePositions(page: Page, renderer: Renderer): Promise<{ x: number; y: number }[]> {
  if (renderer === "explorer") {
    return page.evaluate(() => {
      const e = window.__explorer!;
      return e.graph.mapNodes((_key, attrs) => e.sigma.graphToViewport(attrs));
    });
  }
  if (renderer === "sigma") {
    return page.evaluate(() => {
      const s = window.__sigma!;
      return s.getGraph().mapNodes((_key, attrs) => s.graphToViewport(attrs as { x: number; y: number }));
    });
  }
  return page.evaluate(() => Object.values(window.__vis!.getPositions()).map((p) => window.__vis!.canvasToDOM(p)));
}

function cameraState(page: Page, renderer: Renderer): Promise<string> {
  if (renderer === "sigma") return page.evaluate(() => JSON.stringify(window.__sigma!.getCamera().getState()));
  return renderer === "explorer"
    ? page.evaluate(() => JSON.stringify(window.__explorer!.sigma.getCamera().getState()))
    : page.evaluate(() => JSON.stringify([window.__vis!.getViewPosition(), window.__vis!.getScale()]));
}

function countRedraws(page: Page, renderer: Renderer): Promise<void> {
  if (renderer === "sigma")
    return page.evaluate(() => void window.__sigma!.on("afterRender", () => window.__bench!.redraw()));
  return renderer === "explorer"
    ? page.evaluate(() => void window.__explorer!.sigma.on("afterRender", () => window.__bench!.redraw()))
    : page.evaluate(() => void window.__vis!.on("afterDrawing", () => window.__bench!.redraw()));
}

/** Grabbing a node would drag the node, not the camera: start where the nearest node is farthest away. */
function emptiestSpot(points: { x: number; y: number }[], width: number, height: number): { x: number; y: number } {
  const candidates = [0.1, 0.9].flatMap((fx) => [0.15, 0.5, 0.85].map((fy) => ({ x: width * fx, y: height * fy })));
  let best = candidates[0]!;
  let bestGap = -1;
  for (const c of candidates) {
    let gap = Infinity;
    for (const p of points) gap = Math.min(gap, Math.hypot(p.x - c.x, p.y - c.y));
    if (gap > bestGap) [best, bestGap] = [c, gap];
  }
  return best;
}

export async function panStage(page: Page, renderer: Renderer, durationMs: number): Promise<PanFigures> {
  const box = await page.locator("#stage").boundingBox();
  if (!box) throw new Error("the page has no #stage to drag");
  const spot = emptiestSpot(await nodePositions(page, renderer), box.width, box.height);
  const before = await cameraState(page, renderer);
  await countRedraws(page, renderer);
  // Towards the middle and back, so the drag stays on the stage.
  const towardsX = spot.x < box.width / 2 ? 1 : -1;
  const towardsY = spot.y < box.height / 2 ? 1 : spot.y > box.height / 2 ? -1 : 0;
  await page.mouse.move(box.x + spot.x, box.y + spot.y);
  await page.evaluate(() => window.__bench!.startFrames());
  await page.mouse.down();
  const began = Date.now();
  for (let step = 1; Date.now() - began < durationMs; step++) {
    const swing = 150 * Math.sin((step / 60) * Math.PI);
    await page.mouse.move(
      box.x + spot.x + towardsX * Math.abs(swing),
      box.y + spot.y + towardsY * Math.abs(swing) * 0.5,
    );
    // About one mouse event per frame, as a real mouse sends them.
    await sleep(16);
  }
  // The swing may have ended where it began: finish away from the start, so a moved camera shows.
  await page.mouse.move(box.x + spot.x + towardsX * 100, box.y + spot.y);
  await page.mouse.up();
  const counted = await page.evaluate(() => window.__bench!.stopFrames());
  const after = await cameraState(page, renderer);
  return { ...counted, cameraMoved: before !== after };
}
