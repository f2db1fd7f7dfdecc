// Builds the explorer front end from the root index.html; in dev, /api goes to the local API server.
import { defineConfig } from "vite";

const api = { "/api": "http://127.0.0.1:5179" };

export default defineConfig({
  root: ".",
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
