// Lint rules, chiefly the layering: shared <- server, shared <- client; only src/server talks to Neo4j; in the
// client, lib <- core <- features.
import tseslint from "typescript-eslint";

const restrict = (patterns) => ["error", { patterns }];

const clientOnly = {
  group: ["**/server/**", "neo4j-driver", "fastify", "node:*"],
  message: "The client talks to the API, never to Neo4j or server code.",
};

/** The client's feature folders (DOM views, the Sigma stage, commands, composition): they use core/ and lib/. */
const FEATURES = ["app", "commands", "details", "panels", "presentation", "search", "stage", "workbench"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".data/**", "test-results/**"] },
  ...tseslint.configs.recommended,
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
    rules: { "no-restricted-imports": restrict([clientOnly]) },
  },
  {
    // A later block replaces the rule's options, so each repeats clientOnly.
    files: ["src/client/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        clientOnly,
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
        clientOnly,
        {
          group: FEATURES.map((folder) => `../../${folder}/**`),
          message: "src/client/core is state only: it never imports the features (DOM, Sigma, composition).",
        },
      ]),
    },
  },
  {
    files: ["scripts/**/*.ts", "test/**/*.ts"],
    ignores: ["test/support/**", "test/server/**"],
    rules: {
      "no-restricted-imports": restrict([
        {
          group: ["neo4j-driver"],
          message: "Only src/server imports neo4j-driver (tests of the server may, through test/support).",
        },
      ]),
    },
  },
);
