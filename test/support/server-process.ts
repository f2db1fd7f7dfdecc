// The explorer as a child process (node itself, so a SIGKILL reaches the process that writes), for tests that
// restart or crash a server and start it again on the same data files.
import { spawn, type ChildProcess } from "node:child_process";

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
  output: () => string;
}

const root = new URL("../../", import.meta.url).pathname;
const running = new Set<ChildProcess>();

/** Starts test/fixtures/notes-server.ts with these variables (NOTES_FILE, LIVE_SESSIONS_DIR, PORT) once it is ready. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/fixtures/notes-server.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const exited = new Promise<void>((resolve) =>
    child.on("exit", () => {
      running.delete(child);
      resolve();
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 120_000);
    const read = (d: Buffer) => {
      output += d.toString();
      const ready = /READY (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    void exited.then(() => reject(new Error(`the server exited:\n${output}`)));
  });
  return { url, child, exited, output: () => output };
}

export async function stopServerProcess(server: ServerProcess, signal: NodeJS.Signals): Promise<void> {
  server.child.kill(signal);
  await server.exited;
}

/** For a test file's `after`: no server outlives its tests. */
export function killServerProcesses(): void {
  for (const child of running) child.kill("SIGKILL");
}
