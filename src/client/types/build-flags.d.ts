// Constants Vite writes into the bundle at build time (vite.config.ts `define`).

/** True only in a build made for tests (EXPLORER_TEST_HOOKS=1): window.__explorer is installed then. */
declare const __KG_TEST_HOOKS__: boolean;
