// What `npm run diff -- A B` compares: a graph folder (seed scripts, or a data set from `npm run generate`), or
// `REVISION[:PATH]`, the folder as one git revision holds it, copied out with `git archive` into a temp folder.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ConfigError } from "../server/errors.ts";
import { readGraphFolder } from "../seed/index.ts";

export interface VersionSource {
  /** As the user named it: the folder, or `revision:path`. */
  label: string;
  /** The folder to load. */
  dir: string;
  /** Seed scripts (`*.cypher`), or a generated data set (manifest.json + JSONL), loaded with the bulk loader. */
  kind: "scripts" | "generated";
  /** The seed scripts in load order (kind "scripts"). */
  files: string[];
  /** Removes the temp folder of a git revision. */
  dispose: () => void;
}

async function fromFolder(label: string, dir: string, dispose = () => {}): Promise<VersionSource> {
  if (existsSync(join(dir, "manifest.json"))) return { label, dir, kind: "generated", files: [], dispose };
  const folder = await readGraphFolder(dir).catch((error: unknown) => {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(
      `${label}: the folder ${dir} holds no *.cypher seed script and no generated data set (manifest.json).`,
    );
  });
  return { label, dir: folder.dir, kind: "scripts", files: folder.files, dispose };
}

function git(cwd: string, args: string[]): Buffer {
  return execFileSync("git", ["-C", cwd, ...args], { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 });
}

/** `rev` or `rev:path`; the path is relative to the current folder, as a folder argument would be. */
async function fromRevision(arg: string, cwd: string, defaultPath: string): Promise<VersionSource> {
  const colon = arg.indexOf(":");
  const revision = colon < 0 ? arg : arg.slice(0, colon);
  const path = colon < 0 ? defaultPath : arg.slice(colon + 1) || ".";
  try {
    git(cwd, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
  } catch {
    throw new ConfigError(
      `${arg} is neither a folder nor a git revision of the repository at ${cwd}: give a folder of *.cypher seed ` +
        "scripts (or of a generated data set), or a revision such as HEAD~3, a tag or a commit, optionally with :PATH.",
    );
  }
  const tree = `${revision}:./${path.replace(/^\.\/?/, "")}`;
  const temp = mkdtempSync(join(tmpdir(), "kg-diff-"));
  const dispose = () => rmSync(temp, { recursive: true, force: true });
  try {
    const tar = git(cwd, ["archive", "--format=tar", tree]);
    execFileSync("tar", ["-x", "-C", temp], { input: tar, stdio: ["pipe", "ignore", "pipe"] });
  } catch (error) {
    dispose();
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new ConfigError(`${arg}: revision ${revision} has no folder ${path}${detail ? ` (git: ${detail})` : ""}.`);
  }
  try {
    return await fromFolder(`${revision}:${path}`, temp, dispose);
  } catch (error) {
    dispose();
    if (error instanceof ConfigError)
      throw new ConfigError(`${arg}: ${path} at ${revision} holds no *.cypher seed script or generated data set.`);
    throw error;
  }
}

/** A folder when one exists by that name, else a git revision; nothing is started before both are found. */
export async function resolveSource(arg: string, options: { cwd: string; path: string }): Promise<VersionSource> {
  const dir = resolve(options.cwd, arg);
  if (existsSync(dir) && statSync(dir).isDirectory()) return fromFolder(arg, dir);
  return fromRevision(arg, options.cwd, options.path);
}
