// Live follow: the page as a session's teacher or follower; the sockets live in presentation/live-*.ts.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { LivePatch, LiveView } from "../../../shared/index.ts";
import type { LiveState } from "./types.ts";
import {
  connected,
  disconnected,
  ended,
  followAgain,
  followersCounted,
  leave,
  lookAround,
  receivedPatch,
  receivedState,
  refused,
  setShareOpen,
  startFollowing,
  startTeaching,
  unavailable,
} from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";
export * from "./camera.ts";

export function createLiveActions<S extends { live: LiveState }>(store: Store<S>) {
  const apply = sliceUpdater<"live", LiveState, S>(store, "live");
  return {
    teach: (id: string) => apply((s) => startTeaching(s, id)),
    follow: (id: string) => apply((s) => startFollowing(s, id)),
    connected: () => apply(connected),
    disconnected: () => apply(disconnected),
    state: (seq: number, view: LiveView | null, followers: number) =>
      apply((s) => receivedState(s, seq, view, followers)),
    patch: (seq: number, patch: LivePatch) => apply((s) => receivedPatch(s, seq, patch)),
    followers: (n: number) => apply((s) => followersCounted(s, n)),
    ended: (message: string) => apply((s) => ended(s, message)),
    unavailable: (message: string) => apply((s) => unavailable(s, message)),
    refused: (message: string) => apply((s) => refused(s, message)),
    lookAround: () => apply(lookAround),
    followAgain: () => apply(followAgain),
    share: (open: boolean) => apply((s) => setShareOpen(s, open)),
    leave: () => apply(leave),
  };
}
export type LiveActions = ReturnType<typeof createLiveActions>;
