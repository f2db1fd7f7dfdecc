// Builds the explorer front end from the root index.html; in dev, /api goes to the local API server.
import { defineConfig } from "vite";

const api = { "/api": "http://127.0.0.1:5179" };

/**
 * EXPLORER_TEST_HOOKS=1 makes a test build: the page then carries window.__explorer (src/client/app/test-hooks.ts)
 * for browser tests and the browser benchmark. Any other value makes a production build, which has none of it.
 */
const testHooks = process.env.EXPLORER_TEST_HOOKS === "1";

export default defineConfig({
  root: ".",
  define: { __KG_TEST_HOOKS__: JSON.stringify(testHooks) },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships /* @__PURE__ */ comments Rollup cannot place; harmless, and not ours to fix.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("node_modules/zod")) return;
        warn(warning);
      },
    },
  },
  server: { proxy: api },
  preview: { proxy: api },
});
