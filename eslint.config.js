// Lint rules, chiefly the layering: shared <- server <- tooling, shared <- client; only src/server/db and the tooling
// that manages Neo4j import neo4j-driver; in the client, lib <- core <- features.
import tseslint from "typescript-eslint";

const restrict = (patterns) => ["error", { patterns }];

/** Folders of src/ that hold tooling (commands around the API), never needed by the API at run time. */
const TOOLING = ["bench", "generate", "local-neo4j", "seed", "offline-export", "graph-diff", "cypher-export"];

const SERVER_ONLY = {
  group: [...TOOLING.map((room) => `**/${room}/**`), "**/client/**"],
  message:
    "src/server holds the API and what it needs at run time: it never imports tooling (src/" +
    TOOLING.join(", src/") +
    ") or the client.",
};
const SERVER_DRIVER = {
  group: ["neo4j-driver"],
  message: "Only src/server/db imports neo4j-driver; take driver types from src/server/db/driver-types.ts.",
};
const CLIENT_ONLY = {
  group: ["**/server/**", ...TOOLING.map((room) => `**/${room}/**`), "neo4j-driver", "fastify", "node:*"],
  message: "The client talks to the API, never to Neo4j, server code or tooling.",
};

/** The client's feature folders (DOM views, the Sigma stage, commands, composition): they use core/ and lib/. */
const FEATURES = ["app", "commands", "details", "diff", "panels", "presentation", "search", "stage", "workbench"];

const TOOLING_ONLY = { group: ["**/client/**"], message: "Tooling runs in Node: it never imports the client." };

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".data/**", "test-results/**"] },
  ...tseslint.configs.recommended,
  {
    // Promises are awaited or handed on on purpose: a dropped one hides a failure (type-checked rules).
    files: ["**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        // node:test's test() and describe() return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: "package", name: ["test", "it", "describe", "suite"], package: "node:test" },
          ],
        },
      ],
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ["src/shared/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        {
          group: ["**/server/**", "**/client/**", "../*/**"],
          message: "src/shared imports nothing but zod and itself.",
        },
        {
          group: ["neo4j-driver", "fastify", "sigma", "graphology*", "node:*"],
          message: "src/shared imports nothing but zod.",
        },
      ]),
    },
  },
  {
    files: ["src/client/**/*.ts"],
    rules: { "no-restricted-imports": restrict([CLIENT_ONLY]) },
  },
  {
    // A later block replaces the rule's options, so each repeats CLIENT_ONLY.
    files: ["src/client/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        CLIENT_ONLY,
        {
          group: ["**/core/**", ...FEATURES.map((folder) => `**/${folder}/**`)],
          message: "src/client/lib holds plain libraries: it never imports the state (core/) or the features.",
        },
      ]),
    },
  },
  {
    // Every core file is core/<slice>/<file>.ts, so a feature folder is two levels up.
    files: ["src/client/core/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        CLIENT_ONLY,
        {
          group: FEATURES.map((folder) => `../../${folder}/**`),
          message: "src/client/core is state only: it never imports the features (DOM, Sigma, composition).",
        },
      ]),
    },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: { "no-restricted-imports": restrict([SERVER_ONLY, SERVER_DRIVER]) },
  },
  {
    // The database layer is the server's one door to neo4j-driver.
    files: ["src/server/db/**/*.ts"],
    rules: { "no-restricted-imports": restrict([SERVER_ONLY]) },
  },
  {
    // Tooling that manages, loads, measures or exports a Neo4j database talks to it directly.
    files: TOOLING.filter((room) => room !== "generate").map((room) => `src/${room}/**/*.ts`),
    rules: { "no-restricted-imports": restrict([TOOLING_ONLY]) },
  },
  {
    files: ["src/generate/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        TOOLING_ONLY,
        { group: ["neo4j-driver"], message: "The generator writes files; it never talks to Neo4j." },
      ]),
    },
  },
  {
    files: ["scripts/**/*.ts", "test/**/*.ts"],
    ignores: ["test/support/**", "test/server/**", "test/**/*.integration.test.ts"],
    rules: {
      "no-restricted-imports": restrict([
        {
          group: ["neo4j-driver"],
          message:
            "Only src/server/db and the tooling that manages Neo4j import neo4j-driver (tests of the server and integration tests may, or go through test/support).",
        },
      ]),
    },
  },
);
