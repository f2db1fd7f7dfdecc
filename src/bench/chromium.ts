// The one Chromium launch for benchmarks and tests, driven by playwright-core, with WebGL through SwiftShader so Sigma can draw.
// Which Chromium: CHROMIUM_PATH if set ("bundled" asks for the one below), else Debian's when installed, else the headless
// Chromium shipped inside the @sparticuz/chromium package (unpacked once to the temp folder, no download).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export interface ChromiumChoice {
  path: string;
  source: "CHROMIUM_PATH" | "debian" | "bundled";
  /** For logs: which Chromium this is and why. */
  label: string;
}

let bundled: Promise<{ path: string; version: string }> | undefined;

/** Unpacks the bundled Chromium once per process (the package skips the work when it is already unpacked). */
function bundledChromium(): Promise<{ path: string; version: string }> {
  bundled ??= (async () => {
    const { default: pack } = await import("@sparticuz/chromium");
    const { createRequire } = await import("node:module");
    // Its package.json is not exported: found from the entry point (build/cjs/index.cjs).
    const entry = createRequire(import.meta.url).resolve("@sparticuz/chromium");
    const { version } = JSON.parse(readFileSync(join(dirname(entry), "../../package.json"), "utf8")) as {
      version: string;
    };
    return { path: await pack.executablePath(), version };
  })();
  return bundled;
}

export async function chooseChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const wanted = env.CHROMIUM_PATH?.trim();
  if (wanted && wanted !== "bundled") {
    if (!existsSync(wanted))
      throw new Error(`CHROMIUM_PATH=${wanted}: no such file (unset it to use Debian's or the bundled one).`);
    return { path: wanted, source: "CHROMIUM_PATH", label: `Chromium at ${wanted} (CHROMIUM_PATH)` };
  }
  if (!wanted && existsSync(DEBIAN_CHROMIUM))
    return { path: DEBIAN_CHROMIUM, source: "debian", label: `Debian's Chromium (${DEBIAN_CHROMIUM})` };
  const { path, version } = await bundledChromium();
  return {
    path,
    source: "bundled",
    label: `bundled Chromium from @sparticuz/chromium ${version} (${path}${wanted ? ", CHROMIUM_PATH=bundled" : ""})`,
  };
}

export async function launchChromium(choice?: ChromiumChoice): Promise<Browser> {
  const { path } = choice ?? (await chooseChromium());
  return chromium.launch({
    executablePath: path,
    // The same flags for every Chromium. Not @sparticuz/chromium's own list: it is made for serverless hosts and turns
    // off web security (the security-header tests need it on) and runs everything in one process.
    args: [
      "--no-sandbox",
      // Without these two, headless Chromium here has no WebGL at all.
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      // This machine has no network: keep Chromium from trying.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
