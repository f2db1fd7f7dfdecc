// A Bolt driver for start-up checks, with neo4j-driver imported on first use: `npm start` spawns the JVM before it
// pays for that import (about 0.4 s), so the two overlap.
import type { Driver } from "neo4j-driver";

export async function boltDriver(uri: string, user: string, password: string): Promise<Driver> {
  const { default: neo4j } = await import("neo4j-driver");
  return neo4j.driver(uri, neo4j.auth.basic(user, password));
}

/** Starts that import now, while the JVM boots, so the first readiness check does not wait for it. */
export function preloadDriver(): void {
  import("neo4j-driver").catch(() => {
    // The readiness check imports it again and reports the failure there.
  });
}
