// The as-of view: the date the stage shows the graph at, and whether facts not yet true are dimmed or hidden.
export interface TimeState {
  /** YYYY, YYYY-MM or YYYY-MM-DD; null shows every fact as it is (no as-of date). */
  asOf: string | null;
  /** Hide facts not yet true instead of dimming them. */
  hideNotYet: boolean;
}

export const INITIAL_TIME: TimeState = { asOf: null, hideNotYet: false };
