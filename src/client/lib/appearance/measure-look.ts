// Sizes and colours from network measures: a measure's value per node read through a lookup (never written into the
// data graph), scaled over the values in view; communities take the palette's colours, largest community first.
import { PALETTE } from "../../../shared/index.ts";

/** A measure's values for the nodes it was computed for: node key → value (undefined for a node that came later). */
export interface MeasureValues {
  valueOf(key: string): number | undefined;
  /** Every value, to find the range once. */
  readonly values: ArrayLike<number>;
}

export interface MeasureRules {
  size: MeasureValues | null;
  /** Colour by a scalar measure (a gradient) or by community (a palette). */
  color: { values: MeasureValues; kind: "scale" | "community" } | null;
}

const MIN_SIZE = 4;
const MAX_SIZE = 20;
/** Low to high: pale to deep blue, readable on the light and the dark canvas. */
const LOW = [0x9e, 0xc5, 0xe8] as const;
const HIGH = [0x08, 0x30, 0x6b] as const;
/** A node the measure has no value for yet (it arrived after the computation): small and grey until recomputed. */
export const UNMEASURED_COLOR = "#9aa3ad";

function rangeOf(values: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity,
    max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** 0..1 by square root, so a few very central nodes do not flatten all the others. */
function scaler(values: ArrayLike<number>): (value: number) => number {
  const { min, max } = rangeOf(values);
  return max > min ? (value) => Math.sqrt(Math.max(0, (value - min) / (max - min))) : () => 0.5;
}

const hex = (channels: readonly number[]) =>
  `#${channels.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

export function gradientColor(t: number): string {
  return hex(LOW.map((low, i) => low + (HIGH[i]! - low) * Math.min(1, Math.max(0, t))));
}

/** The palette for the largest communities; beyond it, hues spread by the golden angle. */
export function communityColor(community: number): string {
  const listed = PALETTE[community];
  if (listed) return listed;
  const hue = (community * 137.508) % 360;
  // HSL (saturation 0.45, lightness 0.55) to RGB.
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    const a = 0.45 * Math.min(0.55, 1 - 0.55);
    return 255 * (0.55 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return hex([f(0), f(8), f(4)]);
}

/** Size and colour of one node by the rules in force; what a rule does not set is left to the label's style. */
export function createMeasureLook(rules: MeasureRules): (key: string) => { size?: number; color?: string } | null {
  if (!rules.size && !rules.color) return () => null;
  const sizeScale = rules.size ? scaler(rules.size.values) : null;
  const colorScale = rules.color?.kind === "scale" ? scaler(rules.color.values.values) : null;
  return (key) => {
    const out: { size?: number; color?: string } = {};
    if (rules.size && sizeScale) {
      const value = rules.size.valueOf(key);
      out.size = value === undefined ? MIN_SIZE : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * sizeScale(value);
    }
    if (rules.color) {
      const value = rules.color.values.valueOf(key);
      out.color =
        value === undefined
          ? UNMEASURED_COLOR
          : rules.color.kind === "community"
            ? communityColor(value)
            : gradientColor(colorScale!(value));
    }
    return out;
  };
}
