// Pure pieces of the slide-sized PNG: its size, where the graph, title, legend and source line go, and the source line.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SlideLayout {
  width: number;
  height: number;
  title: Box;
  graph: Box;
  legend: Box;
  source: Box;
}

/** A 16:9 slide at projector size; a stage larger than that on a 4K screen gets twice its size instead. */
export function slideSize(stage: { width: number; height: number }): { width: number; height: number } {
  // A laptop's stage (about 1000×550 at 1440×900) is drawn afresh at slide size; only a stage bigger than the slide
  // itself would lose detail in it.
  if (stage.width <= 1920 || stage.height <= 1080) return { width: 1920, height: 1080 };
  return { width: Math.round(stage.width * 2), height: Math.round(stage.height * 2) };
}

/** Title band on top, source line at the bottom, the legend in a column on the right, the graph in the rest. */
export function slideLayout(size: { width: number; height: number }): SlideLayout {
  const unit = size.height / 1080;
  const margin = Math.round(48 * unit);
  const titleH = Math.round(120 * unit);
  const sourceH = Math.round(56 * unit);
  const legendW = Math.round(340 * unit);
  const bodyY = margin + titleH;
  const bodyH = size.height - bodyY - sourceH - margin;
  return {
    ...size,
    title: { x: margin, y: margin, width: size.width - 2 * margin, height: titleH },
    graph: { x: margin, y: bodyY, width: size.width - 3 * margin - legendW, height: bodyH },
    legend: { x: size.width - margin - legendW, y: bodyY, width: legendW, height: bodyH },
    source: { x: margin, y: size.height - margin - sourceH, width: size.width - 2 * margin, height: sourceH },
  };
}

/** "Source: A; B · Knowledge Graph Explorer, 2026-11-30": distinct source titles in first-seen order. */
export function slideSourceLine(sources: Iterable<string>, app: string, date: string): string {
  const distinct = [...new Set([...sources].map((s) => s.trim()).filter(Boolean))];
  const shown = distinct.length > 3 ? [...distinct.slice(0, 3), `${distinct.length - 3} more`] : distinct;
  return shown.length ? `Source: ${shown.join("; ")} · ${app}, ${date}` : `${app}, ${date}`;
}
