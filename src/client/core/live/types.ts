// Live follow on this page: teaching a session, or following one, and what the last message said.
import type { LiveView } from "../../../shared/index.ts";

export type LiveRole = "none" | "teacher" | "follower";
export type LiveConnection = "idle" | "connecting" | "open" | "reconnecting" | "ended" | "unavailable";

export interface LiveState {
  role: LiveRole;
  /** The session id: the link's key. */
  id: string | null;
  connection: LiveConnection;
  /** Why the session is ended or unavailable, or what the server last refused: shown as it is. */
  message: string | null;
  /** The sequence number of the view held: a change numbered at or below it is old news. */
  seq: number;
  view: LiveView | null;
  followers: number;
  /** A follower shows the teacher's view while true; looking around on one's own sets it false. */
  following: boolean;
  /** The teacher's share panel (link and QR code) is open. */
  shareOpen: boolean;
}

export const INITIAL_LIVE: LiveState = {
  role: "none",
  id: null,
  connection: "idle",
  message: null,
  seq: 0,
  view: null,
  followers: 0,
  following: true,
  shareOpen: false,
};
