// Pure activity transitions.
import type { ActivityState } from "./types.ts";

export function started(state: ActivityState, what: string): ActivityState {
  return { ...state, pending: what };
}

/** Ends what is pending (if it is still `what`) and says how it went. */
export function finished(state: ActivityState, what: string, tone: "info" | "error", text: string): ActivityState {
  return {
    pending: state.pending === what ? null : state.pending,
    message: { tone, text, seq: (state.message?.seq ?? 0) + 1 },
  };
}

export function say(state: ActivityState, tone: "info" | "error", text: string): ActivityState {
  return { ...state, message: { tone, text, seq: (state.message?.seq ?? 0) + 1 } };
}

export function dismiss(state: ActivityState): ActivityState {
  return state.message === null ? state : { ...state, message: null };
}
