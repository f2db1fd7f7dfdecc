// Runs inside the benchmarked page before its own scripts (compiled by browser-script.ts, installed with addInitScript):
// records long tasks, long animation frames and the moment the graph is drawn, and counts frames on demand.

export interface Span {
  start: number;
  duration: number;
}

export interface BenchProbe {
  /** Entry types this Chromium can observe (long-animation-frame is recent). */
  supported: string[];
  longTasks: Span[];
  longAnimationFrames: Span[];
  /** performance.now() when body[data-graph-ready] became "true". */
  readyAt: number | null;
  startFrames(): void;
  stopFrames(): { frames: number; redraws: number; ms: number; start: number };
  /** Called by the renderer's own "drawn" event. */
  redraw(): void;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

function install(): BenchProbe {
  const probe: BenchProbe = {
    supported: [...(PerformanceObserver.supportedEntryTypes ?? [])],
    longTasks: [],
    longAnimationFrames: [],
    readyAt: null,
    startFrames,
    stopFrames,
    redraw: () => void (counting && counting.redraws++),
  };
  let counting: { start: number; frames: number; redraws: number; on: boolean } | null = null;

  for (const [type, into] of [
    ["longtask", probe.longTasks],
    ["long-animation-frame", probe.longAnimationFrames],
  ] as const) {
    if (!probe.supported.includes(type)) continue;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) into.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type, buffered: true });
  }

  // Observing the document itself: the body does not exist yet when this runs.
  new MutationObserver(() => {
    if (probe.readyAt === null && document.body?.dataset.graphReady === "true") probe.readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-graph-ready"] });

  function tick(): void {
    if (!counting?.on) return;
    counting.frames++;
    requestAnimationFrame(tick);
  }
  function startFrames(): void {
    counting = { start: performance.now(), frames: 0, redraws: 0, on: true };
    requestAnimationFrame(tick);
  }
  function stopFrames() {
    const c = counting ?? { start: performance.now(), frames: 0, redraws: 0, on: false };
    c.on = false;
    return { frames: c.frames, redraws: c.redraws, ms: performance.now() - c.start, start: c.start };
  }
  return probe;
}

window.__bench = install();
