// Pure transitions of one live session: the latest view and its sequence number, the teacher's presence, its end.
import type { LivePatch, LiveView } from "../../shared/index.ts";

export interface LiveLimits {
  /** How long a session waits for a teacher whose connection dropped (a reload, a flaky network) before it ends. */
  graceMs: number;
  /** The longest a session lives, teacher or not: a forgotten tab does not keep a link open for days. */
  maxLifetimeMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = { graceMs: 30_000, maxLifetimeMs: 8 * 60 * 60_000 };

export interface LiveSessionState {
  id: string;
  createdAt: number;
  /** 0 before the first step; each accepted change adds one, so followers can tell old from new. */
  seq: number;
  view: LiveView | null;
  teacherConnected: boolean;
  /** Since when no teacher is connected (the creation time before the first connection). */
  teacherAwaySince: number | null;
  ended: { at: number; reason: "stopped" | "teacher-gone" | "too-old" } | null;
}

export function createSession(id: string, now: number): LiveSessionState {
  return { id, createdAt: now, seq: 0, view: null, teacherConnected: false, teacherAwaySince: now, ended: null };
}

/**
 * The first change must carry the whole view (a follower needs all of it); later ones change any part. A change
 * to an ended session, or a first change that is not whole, is refused (null) and the session stays as it was.
 */
export function applyPatch(state: LiveSessionState, patch: LivePatch): LiveSessionState | null {
  if (state.ended) return null;
  const merged = { ...state.view, ...patch };
  if (!isWholeView(merged)) return null;
  return { ...state, seq: state.seq + 1, view: merged };
}

function isWholeView(view: Partial<LiveView>): view is LiveView {
  return (
    view.story !== undefined &&
    view.step !== undefined &&
    view.caption !== undefined &&
    view.camera !== undefined &&
    view.language !== undefined
  );
}

export function teacherJoined(state: LiveSessionState): LiveSessionState {
  return state.ended ? state : { ...state, teacherConnected: true, teacherAwaySince: null };
}

export function teacherLeft(state: LiveSessionState, now: number): LiveSessionState {
  return state.ended ? state : { ...state, teacherConnected: false, teacherAwaySince: now };
}

export function stopSession(
  state: LiveSessionState,
  now: number,
  reason: NonNullable<LiveSessionState["ended"]>["reason"] = "stopped",
): LiveSessionState {
  return state.ended ? state : { ...state, ended: { at: now, reason } };
}

/** Ends a session whose teacher has been away longer than the grace period, or that has lived too long. */
export function expire(state: LiveSessionState, now: number, limits: LiveLimits): LiveSessionState {
  if (state.ended) return state;
  if (now - state.createdAt >= limits.maxLifetimeMs) return stopSession(state, now, "too-old");
  if (!state.teacherConnected && state.teacherAwaySince !== null && now - state.teacherAwaySince >= limits.graceMs)
    return stopSession(state, now, "teacher-gone");
  return state;
}
