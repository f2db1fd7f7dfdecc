// Debian's Chromium driven by playwright-core, with WebGL through SwiftShader so Sigma can draw; for benchmarks and tests.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium is needed at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
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
