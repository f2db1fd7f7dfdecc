// A live-session WebSocket for tests: keeps every message the server sends, and waits for the next one of a type.
import WebSocket from "ws";
import type { LiveServerMessage } from "../../src/shared/index.ts";

/** A socket that keeps every message, and waits for the next one of a type. */
export async function liveClient(url: string) {
  const socket = new WebSocket(url);
  const messages: LiveServerMessage[] = [];
  const waiters: Array<() => void> = [];
  socket.on("message", (data) => {
    messages.push(JSON.parse(String(data)) as LiveServerMessage);
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  const next = async (type: LiveServerMessage["type"], timeoutMs = 5_000): Promise<LiveServerMessage> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find((m) => m.type === type);
      if (found) {
        messages.splice(messages.indexOf(found), 1);
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no ${type} message within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  };
  return { socket, next, closed, send: (m: unknown) => socket.send(typeof m === "string" ? m : JSON.stringify(m)) };
}
