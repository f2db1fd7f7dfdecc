// Where the explorer listens: loopback unless the person starting it names another address on the command line.
import { ConfigError } from "../errors.ts";

export const isLoopback = (host: string): boolean =>
  host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * HOST alone may only name a loopback address: a stray HOST in a shell or container must not expose the graph.
 * Any other address needs the explicit `--host` option.
 */
export function chooseHost(envHost: string, flagHost: string | undefined): { host: string; exposed: boolean } {
  if (flagHost !== undefined) return { host: flagHost, exposed: !isLoopback(flagHost) };
  if (!isLoopback(envHost)) {
    throw new ConfigError(
      `HOST=${envHost} would make the explorer reachable from other machines. If you mean it, start it with \`npm start -- --host ${envHost}\`.`,
    );
  }
  return { host: envHost, exposed: false };
}

export function exposureWarning(host: string, writeMode: boolean): string {
  const write = writeMode ? " Write mode is on: anyone holding the token can change it." : "";
  return `WARNING: listening on ${host}, reachable from other machines. Anyone who can reach it can read the whole graph and run read-only Cypher.${write} See SECURITY.md.`;
}
