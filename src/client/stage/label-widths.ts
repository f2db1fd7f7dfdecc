// How wide a label is drawn, measured once per font and text: the fit, the label declutter and the edge labels'
// clearance all ask for the same names every frame, and canvas measureText is the costly part of each.
let measure: CanvasRenderingContext2D | null | undefined;
const byFont = new Map<string, Map<string, number>>();
/** A font's cache starts again past this many texts, so browsing many graphs in one page does not grow it forever. */
const MAX_PER_FONT = 20_000;

/** Sigma's label font for a weight, a size in pixels and a family, as canvas `font` takes it. */
export const labelFont = (weight: string, size: number, family: string): string => `${weight} ${size}px ${family}`;

/** Width in CSS pixels of `text` drawn in `font`; without a 2D canvas, an estimate from the font's size. */
export function labelWidth(font: string, text: string): number {
  let widths = byFont.get(font);
  if (!widths || widths.size >= MAX_PER_FONT) byFont.set(font, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined) {
    measure ??= document.createElement("canvas").getContext("2d");
    if (measure) {
      measure.font = font;
      width = measure.measureText(text).width;
    } else width = text.length * (Number.parseFloat(font.split(" ")[1] ?? "") || 14) * 0.6;
    widths.set(text, width);
  }
  return width;
}
