// A follower without a page: a WebSocket client (ws) that notes when each step arrives, as a phone's page would get it.
import WebSocket from "ws";
import { LiveServerMessageSchema, liveSocketPath } from "../../shared/index.ts";

export interface Arrival {
  at: number;
  step: number;
}

export interface ProtocolFollower {
  arrivals: Arrival[];
  close(): void;
}

export async function connectProtocolFollower(origin: string, id: string): Promise<ProtocolFollower> {
  const socket = new WebSocket(`${origin.replace(/^http/, "ws").replace(/\/$/, "")}${liveSocketPath(id, "follow")}`);
  const arrivals: Arrival[] = [];
  socket.on("message", (data) => {
    const at = Date.now();
    const message = LiveServerMessageSchema.parse(JSON.parse(String(data)));
    if (message.type === "view" && message.patch.step !== undefined) arrivals.push({ at, step: message.patch.step });
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  return { arrivals, close: () => socket.close() };
}
