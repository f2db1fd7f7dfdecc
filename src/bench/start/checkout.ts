// A commit as committed (from `git archive`), runnable in place: the checkout's node_modules and Neo4j jars are linked,
// so two commits' `npm start` differ only in their own code.
import { execFile } from "node:child_process";
import { mkdir, rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Checkout {
  commit: string;
  dir: string;
}

export async function checkoutCommit(root: string, ref: string, dir: string): Promise<Checkout> {
  const commit = (await run("git", ["rev-parse", "--short", `${ref}^{commit}`], { cwd: root })).stdout.trim();
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, ".data"), { recursive: true });
  const tar = `${dir}.tar`;
  await run("git", ["archive", "--format=tar", "-o", tar, commit], { cwd: root });
  await run("tar", ["-xf", tar, "-C", dir]);
  await rm(tar, { force: true });
  await symlink(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  // The jars and the class-data sharing archive beside them: fetched once per machine, shared by both ways.
  await symlink(join(root, ".data", "neo4j-lib"), join(dir, ".data", "neo4j-lib"), "dir");
  return { commit, dir };
}
