// Pure as-of transitions: a date that is not one is refused (the state keeps its last good value).
import { asOfDay } from "../../../shared/index.ts";
import type { TimeState } from "./types.ts";

export function setAsOf(state: TimeState, asOf: string | null): TimeState {
  if (asOf !== null && asOfDay(asOf) === null) return state;
  return asOf === state.asOf ? state : { ...state, asOf };
}

export function setHideNotYet(state: TimeState, hide: boolean): TimeState {
  return hide === state.hideNotYet ? state : { ...state, hideNotYet: hide };
}
