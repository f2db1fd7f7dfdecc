// Runs Neo4j's offline importer (`neo4j-admin database import full`, from the jars already fetched) on a stopped
// instance, keeping the old store aside until the import is done and counted, so a failure puts it back as it was.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { LocalNeo4jError } from "./errors.ts";
import type { InstancePaths } from "./paths.ts";
import { promoteArchive } from "./class-data-sharing.ts";

export interface ImportInput {
  database: string;
  nodes: readonly string[];
  relationships: readonly string[];
  /** As the importer takes it: a character or U+XXXX. */
  arrayDelimiter: string;
  /** Some field spans lines (slower: the importer cannot split the files between threads). */
  multiline: boolean;
  /** The counts the files must give; anything else is a failure and the old store comes back. */
  expect: { nodes: number; relationships: number };
  log?: (line: string) => void;
}

/** How the importer's JVM runs: its classpath, its class-data sharing options and the archive it writes, if any. */
export interface ImporterJvm {
  classpath: string;
  options: readonly string[];
  writing?: string | undefined;
}

export interface ImportOutcome {
  nodes: number;
  relationships: number;
}

/** The two folders that hold one database: its store and its transaction logs. */
function storeFolders(paths: InstancePaths, database: string): string[] {
  return [join(paths.home, "data", "databases", database), join(paths.home, "data", "transactions", database)];
}

function backupOf(paths: InstancePaths, folder: string): string {
  return join(paths.dir, "import-backup", folder.slice(paths.home.length + 1).replaceAll("/", "-"));
}

/** What a stopped run left aside (the process was killed mid-import) goes back before anything else happens. */
function restore(paths: InstancePaths, database: string): void {
  for (const folder of storeFolders(paths, database)) {
    const backup = backupOf(paths, folder);
    if (!existsSync(backup)) continue;
    rmSync(folder, { recursive: true, force: true });
    renameSync(backup, folder);
  }
  rmSync(join(paths.dir, "import-backup"), { recursive: true, force: true });
}

function setAside(paths: InstancePaths, database: string): void {
  mkdirSync(join(paths.dir, "import-backup"), { recursive: true });
  for (const folder of storeFolders(paths, database)) {
    if (existsSync(folder)) renameSync(folder, backupOf(paths, folder));
  }
}

export function importArgs(jvm: ImporterJvm, input: ImportInput, report: string): string[] {
  return [
    ...jvm.options,
    // The same opens as the server: the importer's page cache then uses direct buffers.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dfile.encoding=UTF-8",
    "-cp",
    jvm.classpath,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    ...input.nodes.map((f) => `--nodes=${f}`),
    ...input.relationships.map((f) => `--relationships=${f}`),
    `--array-delimiter=${input.arrayDelimiter}`,
    `--multiline-fields=${input.multiline}`,
    // Strict and intolerant: one bad line fails the import instead of being skipped and logged.
    "--bad-tolerance=0",
    "--strict=true",
    "--overwrite-destination=true",
    `--report-file=${report}`,
    // Without it a bad line is only "Error in input data"; with it the importer names the line and the value.
    "--verbose",
    input.database,
  ];
}

/** The importer's closing summary: "Imported:\n  N nodes\n  M relationships". */
export function importedCounts(output: string): ImportOutcome | undefined {
  const m = /Imported:\s*\n\s*(\d+) nodes\s*\n\s*(\d+) relationships/.exec(output);
  return m ? { nodes: Number(m[1]), relationships: Number(m[2]) } : undefined;
}

/**
 * What went wrong, in the importer's words: its verdict and the innermost cause (with --verbose, the line and value),
 * without the progress bars and stack frames it prints on the same streams.
 */
export function importerError(output: string, report: string): string {
  const lines = output.split("\n").map((l) => l.trimEnd());
  const verdict = lines.filter((l) => /^(IMPORT FAILED|Error in input data|Error importing)/.test(l));
  const cause = lines
    .filter((l) => l.startsWith("Caused by: "))
    .map((l) => l.replace(/^Caused by: /, "").replace(/^([\w.$]+(Exception|Error): )+/, ""))
    .at(-1);
  const rest = lines
    .filter((l) => l && !/^\s+at |^\s+\.\.\. \d+ more|\d+%|^\[|^WARNING Import failed/.test(l))
    .slice(-8);
  const reported = existsSync(report)
    ? readFileSync(report, "utf8").trim().split("\n").filter(Boolean).slice(0, 5)
    : [];
  return [...(cause ? [...verdict, cause] : rest), ...reported].join("\n");
}

function runJava(args: string[], env: NodeJS.ProcessEnv, log?: (line: string) => void) {
  return new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn("java", args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const take = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      if (log) for (const line of text.split("\n")) if (/^(\(\d\/\d\)|IMPORT|ERROR)/.test(line)) log(line.trim());
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

/** The instance must be stopped. On any failure the old store is back in place before this throws. */
export async function importStore(paths: InstancePaths, input: ImportInput, jvm: ImporterJvm): Promise<ImportOutcome> {
  restore(paths, input.database);
  const report = join(paths.dir, "import.report");
  rmSync(report, { force: true });
  setAside(paths, input.database);
  let outcome: ImportOutcome | undefined;
  try {
    const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
    const run = await runJava(importArgs(jvm, input, report), env, input.log);
    // Its JVM has exited, so an archive it wrote is whole; one of a failed run (that may have stopped at its first
    // line) would hold too few classes to keep.
    if (jvm.writing) {
      if (run.status === 0) promoteArchive(jvm.writing);
      else rmSync(jvm.writing, { force: true });
    }
    outcome = importedCounts(run.output);
    if (run.status !== 0 || !outcome) {
      throw new LocalNeo4jError(
        `Neo4j's importer failed (exit ${run.status}); the database is left as it was.\n${importerError(run.output, report)}`,
      );
    }
    if (outcome.nodes !== input.expect.nodes || outcome.relationships !== input.expect.relationships) {
      throw new LocalNeo4jError(
        `Neo4j's importer wrote ${outcome.nodes} nodes and ${outcome.relationships} relationships, the manifest says ` +
          `${input.expect.nodes} and ${input.expect.relationships}: a CSV file is cut short or was edited. The database is left as it was.`,
      );
    }
  } catch (err) {
    for (const folder of storeFolders(paths, input.database)) rmSync(folder, { recursive: true, force: true });
    restore(paths, input.database);
    throw err;
  }
  rmSync(join(paths.dir, "import-backup"), { recursive: true, force: true });
  return outcome;
}
