// Pure live-follow transitions: joining as teacher or follower, messages received in order, pausing and following again.
import type { LivePatch, LiveView } from "../../../shared/index.ts";
import { INITIAL_LIVE, type LiveState } from "./types.ts";

export function startTeaching(_state: LiveState, id: string): LiveState {
  return { ...INITIAL_LIVE, role: "teacher", id, connection: "connecting", shareOpen: true };
}

export function startFollowing(_state: LiveState, id: string): LiveState {
  return { ...INITIAL_LIVE, role: "follower", id, connection: "connecting" };
}

export function connected(state: LiveState): LiveState {
  return isOver(state) ? state : { ...state, connection: "open" };
}

/** The socket dropped: try again, unless the session is over. */
export function disconnected(state: LiveState): LiveState {
  return isOver(state) || state.role === "none" ? state : { ...state, connection: "reconnecting" };
}

/** The whole view on (re)connect: it replaces what the page held, even an older number (the server restarted). */
export function receivedState(state: LiveState, seq: number, view: LiveView | null, followers: number): LiveState {
  if (isOver(state)) return state;
  return { ...state, connection: "open", seq, view, followers };
}

/** One change: applied only when it is newer than the view held and there is a view to change. */
export function receivedPatch(state: LiveState, seq: number, patch: LivePatch): LiveState {
  if (isOver(state) || seq <= state.seq) return state;
  const view = { ...state.view, ...patch };
  if (!isWhole(view)) return state;
  return { ...state, seq, view };
}

function isWhole(view: Partial<LiveView>): view is LiveView {
  return ["story", "step", "caption", "camera", "language"].every((k) => view[k as keyof LiveView] !== undefined);
}

export function followersCounted(state: LiveState, followers: number): LiveState {
  return { ...state, followers };
}

export function ended(state: LiveState, message: string): LiveState {
  return { ...state, connection: "ended", message, shareOpen: false };
}

export function unavailable(state: LiveState, message: string): LiveState {
  return { ...state, connection: "unavailable", message, shareOpen: false };
}

export function refused(state: LiveState, message: string): LiveState {
  return { ...state, message };
}

/** The student clicked, panned or stepped on their own: stop following until asked. */
export function lookAround(state: LiveState): LiveState {
  return state.role === "follower" && state.following ? { ...state, following: false } : state;
}

export function followAgain(state: LiveState): LiveState {
  return state.role === "follower" && !state.following ? { ...state, following: true } : state;
}

export function setShareOpen(state: LiveState, open: boolean): LiveState {
  return state.role === "teacher" && state.shareOpen !== open ? { ...state, shareOpen: open } : state;
}

export function leave(_state: LiveState): LiveState {
  return INITIAL_LIVE;
}

export function isOver(state: LiveState): boolean {
  return state.connection === "ended" || state.connection === "unavailable";
}
