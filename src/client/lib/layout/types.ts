// Knobs of the seed -> ForceAtlas2 -> noverlap -> label separation pipeline.
export interface LayoutOptions {
  /** ForceAtlas2 iterations; bounded so layout time stays predictable. */
  iterations: number;
  /** Half the width of the square the ForceAtlas2 result is scaled into (roughly screen pixels). */
  extent: number;
  /** Horizontal stretch of the force layout's roughly round result, to use a wide stage. */
  aspect: number;
  /** Extra space noverlap keeps between nodes, in the same units as node sizes. */
  margin: number;
  /**
   * The screen size labels are kept apart for: the smallest stage the first view must read at (a 1440×900 laptop
   * with a panel open); a larger stage only spreads the labels further.
   */
  viewport: { width: number; height: number };
  /** Vertical room one label needs, in pixels. */
  labelHeight: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  iterations: 600,
  extent: 500,
  aspect: 1.35,
  margin: 6,
  viewport: { width: 760, height: 460 },
  labelHeight: 18,
};
