// Finds free loopback ports and, when one is taken, which process holds it.
import { createServer } from "node:net";
import { spawnSync } from "node:child_process";

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(from: number, attempts = 50): Promise<number> {
  for (let port = from; port < from + attempts && port <= 65535; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port in ${from}..${from + attempts - 1}`);
}

/** Best effort: "java (pid 123)" from `ss`, or undefined where ss is missing or says nothing. */
export function portHolder(port: number): string | undefined {
  const run = spawnSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  const m = /users:\(\("([^"]+)",pid=(\d+)/.exec(run.stdout ?? "");
  return m ? `${m[1]} (pid ${m[2]})` : undefined;
}
