// What the browser figures depend on: Chromium's version, its WebGL renderer (SwiftShader here), library versions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";

/** The unmasked renderer string: "SwiftShader" means WebGL drawn by the CPU, so frame rates are relative figures. */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl");
      if (!gl) return "no WebGL";
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

const PACKAGES = ["sigma", "graphology", "vis-network", "vis-data", "vite", "playwright-core"];

export function libraryVersions(root: string): Record<string, string> {
  const read = (pkg: string) =>
    (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  return Object.fromEntries(PACKAGES.map((pkg) => [pkg, read(pkg)]));
}
