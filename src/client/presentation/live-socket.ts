// One live-session WebSocket that reconnects with back-off until closed or told the session ended; messages are checked.
import { liveSocketPath, LiveServerMessageSchema, type LiveServerMessage } from "../../shared/index.ts";

export interface LiveSocketEvents {
  onOpen(send: (message: object) => void): void;
  onMessage(message: LiveServerMessage): void;
  /** The connection dropped; a new attempt follows unless `close()` was called or "ended" arrived. */
  onDrop(): void;
}

export interface LiveSocket {
  send(message: object): void;
  close(): void;
}

const BACKOFF_MS = [250, 500, 1_000, 2_000, 4_000];

export function liveSocketUrl(id: string, role: "follow" | "teach", base: Location = location): string {
  return `${base.protocol === "https:" ? "wss:" : "ws:"}//${base.host}${liveSocketPath(id, role)}`;
}

export function openLiveSocket(url: string, events: LiveSocketEvents): LiveSocket {
  let socket: WebSocket | null = null;
  let closed = false;
  let attempt = 0;
  const send = (message: object) => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };
  const connect = () => {
    const current = new WebSocket(url);
    socket = current;
    current.addEventListener("open", () => {
      attempt = 0;
      events.onOpen(send);
    });
    current.addEventListener("message", (event) => {
      const parsed = LiveServerMessageSchema.safeParse(safeJson(String(event.data)));
      if (!parsed.success) return;
      if (parsed.data.type === "ended") closed = true;
      events.onMessage(parsed.data);
    });
    current.addEventListener("close", () => {
      if (socket !== current || closed) return;
      events.onDrop();
      const wait = BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)]!;
      setTimeout(() => closed || connect(), wait);
    });
  };
  connect();
  return {
    send,
    close: () => {
      closed = true;
      socket?.close(1000);
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
