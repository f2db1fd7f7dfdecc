// Pinned nodes keep their place through every layout run (and a dragged node is pinned where it is dropped).
export interface PinsState {
  pinned: readonly string[];
}

export const INITIAL_PINS: PinsState = { pinned: [] };
