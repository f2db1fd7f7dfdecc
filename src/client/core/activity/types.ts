// What the explorer is busy with, and the last thing it has to tell the reader (done, or failed).
export interface ActivityMessage {
  tone: "info" | "error";
  text: string;
  /** Increases with every message, so the same text said twice is still announced. */
  seq: number;
}

export interface ActivityState {
  /** What is loading, phrased for people ("Loading the neighbours of Alibaba…"), or null. */
  pending: string | null;
  message: ActivityMessage | null;
}

export const INITIAL_ACTIVITY: ActivityState = { pending: null, message: null };
