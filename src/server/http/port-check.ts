// The explorer's port, checked before Neo4j starts: a taken port then fails in a second, not after the whole start-up.
import { createServer } from "node:net";
import { ConfigError } from "../errors.ts";

/** Resolves when `host:port` can be listened on now (port 0, any free port, always can); else a ConfigError. */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new ConfigError(
              `Port ${port} on ${host} is in use (another explorer, or another program). Stop it, or choose another port: PORT=5180 npm start`,
            )
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
