// Knobs of incremental layout: where new nodes start and how long they settle.
export interface Point {
  x: number;
  y: number;
}

export interface PlacementOptions {
  /** Distance of the first ring of new nodes from their anchor, in graph units. */
  radius: number;
  /** New nodes per ring around one anchor before the next, wider ring starts. */
  perRing: number;
}

export const DEFAULT_PLACEMENT: PlacementOptions = { radius: 90, perRing: 12 };

export interface SettleOptions {
  /** Wall-clock budget of the ForceAtlas2 worker, in milliseconds. */
  durationMs: number;
  /** noverlap rounds; fixed nodes are put back after each so only new nodes give way. */
  rounds: number;
  margin: number;
}

export const DEFAULT_SETTLE: SettleOptions = { durationMs: 700, rounds: 12, margin: 6 };
