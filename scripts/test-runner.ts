// Runs test files for scripts/test.ts, each in its own `node --test` process with a wall-clock limit: a file that hangs
// (a server left open, a stuck browser) is killed, fails with its name, and the run goes on. Prints one closing summary.
import { spawn, type ChildProcess } from "node:child_process";

export interface FileResult {
  file: string;
  passed: number;
  /** Failed and cancelled tests, plus one when the file died without saying why (killed, crashed at import). */
  failed: number;
  skipped: number;
  ms: number;
  /** Why the file counts as failed beyond its failing tests, if it does. */
  problem?: string;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Files run at the same time; 1 streams each file's output as it comes. */
  concurrency: number;
  /** Past this the file's process group is killed and the file fails. */
  fileTimeoutMs: number;
  /** How long past the limit before the kill, to let node report the stuck test itself. */
  killGraceMs?: number;
  /** Arguments before `--test` (e.g. `--import tsx`). */
  nodeArgs?: string[];
  write?: (text: string) => void;
}

// node's closing TAP block for one file; the runner prints one for the whole run instead.
const FILE_SUMMARY = /^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) (\d+(\.\d+)?)$/;

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): boolean {
  try {
    process.kill(-child.pid!, "SIGKILL");
    return true;
  } catch {
    return false; // nothing left in the group
  }
}

function groupAlive(child: ChildProcess): boolean {
  try {
    process.kill(-child.pid!, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ctrl-C or a CI cancel stops the files too: they run in their own process groups, out of the terminal's reach. */
function onSignal(signal: NodeJS.Signals): void {
  for (const child of running) killGroup(child);
  process.exit(signal === "SIGINT" ? 130 : 143);
}

function runFile(file: string, o: RunOptions): Promise<FileResult> {
  const write = o.write ?? ((text: string) => process.stdout.write(text));
  const live = o.concurrency === 1;
  const began = Date.now();
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  const emit = (line: string) => (live ? write(`${line}\n`) : lines.push(line));
  return new Promise((resolve) => {
    // The per-test timeout is the file's limit too: node 20 applies it to the file as a whole, and it makes node report a
    // stuck test itself; the kill below is the backstop that always works.
    const args = [...(o.nodeArgs ?? []), "--test", `--test-timeout=${o.fileTimeoutMs}`, "--test-reporter=tap", file];
    // Without the marker a test runner sets for its children, so that a file run from inside a test reports in TAP.
    const { NODE_TEST_CONTEXT: _, ...env } = o.env;
    const child = spawn(process.execPath, args, {
      cwd: o.cwd,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    const closed = new Promise((resolve) => child.once("close", resolve));
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        emit(`# ${file}: still running after ${Math.round(o.fileTimeoutMs / 1000)} s, killed`);
        killGroup(child);
      },
      o.fileTimeoutMs + (o.killGraceMs ?? 30_000),
    );
    const onLine = (line: string) => {
      const m = FILE_SUMMARY.exec(line);
      if (m) counts[m[1]!] = Number(m[2]);
      else if (line !== "TAP version 13") emit(line);
    };
    const readers = [child.stdout!, child.stderr!].map((stream) => {
      let pending = "";
      stream.on("data", (chunk: Buffer) => {
        const parts = (pending + chunk.toString("utf8")).split("\n");
        pending = parts.pop() ?? "";
        parts.forEach(onLine);
      });
      return () => void (pending && onLine(pending));
    });
    child.once("exit", (code, signal) => void afterExit(code, signal));
    const afterExit = async (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      // Whatever the file started and left running (a browser, a server in a child process) goes with it, after a
      // moment for processes that are already on their way out (Chromium's helpers, tsx's esbuild).
      for (let i = 0; i < 20 && groupAlive(child); i++) await new Promise((r) => setTimeout(r, 100));
      const leftovers = !timedOut && killGroup(child);
      let finished = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        running.delete(child);
        for (const flush of readers) flush();
        const passed = counts.pass ?? 0;
        let failed = (counts.fail ?? 0) + (counts.cancelled ?? 0);
        let problem: string | undefined;
        if (timedOut) problem = `killed after ${Math.round(o.fileTimeoutMs / 1000)} s`;
        else if ((code !== 0 || signal) && failed === 0) problem = `exited with ${signal ?? `code ${code}`}`;
        else if (counts.tests === undefined) problem = "reported no tests";
        if (problem) failed = Math.max(failed, 1);
        const ms = Date.now() - began;
        const note = leftovers ? "; processes it left running were killed" : "";
        emit(
          problem || failed
            ? `# FAILED ${file}: ${failed} failed, ${passed} passed${problem ? ` (${problem})` : ""}${note}, ${(ms / 1000).toFixed(1)} s`
            : `# ok ${file}: all ${passed} passed${note}, ${(ms / 1000).toFixed(1)} s`,
        );
        if (!live) write(lines.map((l) => `${l}\n`).join(""));
        resolve({ file, passed, failed, skipped: (counts.skipped ?? 0) + (counts.todo ?? 0), ms, problem });
      };
      // A grandchild holding the pipes open must not hold up the run.
      const grace = setTimeout(finish, 5_000);
      void closed.then(() => (clearTimeout(grace), finish()));
    };
  });
}

/** Runs the files `concurrency` at a time, in the order given. */
export async function runTestFiles(files: string[], o: RunOptions): Promise<FileResult[]> {
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await runFile(files[i]!, o);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, files.length)) }, worker));
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
  return results;
}

/** The closing lines: the failed files by name, node's TAP totals, and one plain `N passed, N failed` line. */
export function summaryLines(results: FileResult[], ms: number): string[] {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const skipped = results.reduce((n, r) => n + r.skipped, 0);
  const bad = results.filter((r) => r.failed > 0);
  return [
    ...bad.map((r) => `# failed file: ${r.file}${r.problem ? ` (${r.problem})` : ` (${r.failed} failed)`}`),
    `# tests ${passed + failed + skipped}`,
    `# pass ${passed}`,
    `# fail ${failed}`,
    `# skipped ${skipped}`,
    `# ${results.length} files in ${(ms / 60_000).toFixed(1)} min`,
    `${passed} passed, ${failed} failed`,
  ];
}
