// Replaces Neo4j's initial neo4j/neo4j login with a generated password kept in an owner-only file.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, renameSync, chmodSync } from "node:fs";
import { boltDriver } from "./bolt-driver.ts";
import { LocalNeo4jError } from "./errors.ts";
import { SET_INITIAL_PASSWORD } from "./queries.ts";
import type { InstancePaths } from "./paths.ts";

export const LOCAL_USER = "neo4j";

export function readPassword(paths: InstancePaths): string | undefined {
  return existsSync(paths.password) ? readFileSync(paths.password, "utf8").trim() : undefined;
}

async function canLogin(uri: string, password: string): Promise<boolean> {
  const driver = await boltDriver(uri, LOCAL_USER, password);
  try {
    return await driver.verifyAuthentication();
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Ensures the instance has our password; the pending file makes a crash between ALTER and rename recoverable. */
export async function ensurePassword(paths: InstancePaths, uri: string): Promise<string> {
  const known = readPassword(paths);
  if (known) return known;
  const pending = existsSync(paths.pendingPassword)
    ? readFileSync(paths.pendingPassword, "utf8").trim()
    : randomBytes(18).toString("base64url");
  writeFileSync(paths.pendingPassword, pending, { mode: 0o600 });
  if (!(await canLogin(uri, pending))) {
    const driver = await boltDriver(uri, LOCAL_USER, "neo4j");
    try {
      await driver.executeQuery(SET_INITIAL_PASSWORD, { pw: pending }, { database: "system" });
    } catch (error) {
      throw new LocalNeo4jError(
        `Could not set the local Neo4j password (${(error as Error).message}). The password file ${paths.password} is missing but the database already has a password: stop Neo4j and delete ${paths.dir} to start over (this deletes the local data).`,
      );
    } finally {
      await driver.close();
    }
  }
  renameSync(paths.pendingPassword, paths.password);
  chmodSync(paths.password, 0o600);
  return pending;
}
