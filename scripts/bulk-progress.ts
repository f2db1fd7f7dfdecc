// A terminal progress bar for bulk loads (cli-progress): rows done, rows per second, time left, one bar per phase.
import cliProgress from "cli-progress";
import type { BulkProgress } from "../src/seed/bulk/index.ts";

export interface ProgressBar {
  onProgress: (event: BulkProgress) => void;
  stop: () => void;
}

export function bulkProgressBar(): ProgressBar {
  const bar = new cliProgress.SingleBar(
    {
      format: "{phase} |{bar}| {percentage}% | {value}/{total} rows | {rate} rows/s | {eta_formatted} left",
      // Redirected output (CI, a log file) gets no bar: only the summary lines.
      noTTYOutput: false,
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | undefined;
  let started = 0;
  return {
    onProgress: (e) => {
      if (e.phase === "indexes") {
        // Index population has no row count to show; one line says what the wait is for.
        if (phase && phase !== "indexes") bar.stop();
        if (phase !== "indexes" && process.stderr.isTTY)
          process.stderr.write("waiting for the full-text index to fill...\n");
        phase = e.phase;
        return;
      }
      if (e.phase !== phase) {
        if (phase) bar.stop();
        phase = e.phase;
        started = performance.now();
        bar.start(e.total, 0, { phase: e.phase.padEnd(13), rate: "0" });
      }
      const rate = e.done / Math.max(0.001, (performance.now() - started) / 1000);
      bar.update(e.done, { rate: Math.round(rate).toLocaleString("en") });
    },
    stop: () => {
      if (phase && phase !== "indexes") bar.stop();
    },
  };
}
