// Handlers for live sessions: start one, read its latest view. The steps themselves travel over WebSocket (live-socket.ts).
import type { Handlers } from "../route.ts";
import type { LiveHub } from "../../live/index.ts";

export function liveHandlers(hub: LiveHub): Handlers<"liveStart" | "liveStatus"> {
  return {
    liveStart: async () => hub.create(),
    liveStatus: async ({ params }) => ({ id: params.id, status: "live" as const, ...hub.status(params.id) }),
  };
}
