// Lint rules, chiefly the layering: shared <- server, shared <- client; only src/server talks to Neo4j.
import tseslint from "typescript-eslint";

const restrict = (patterns) => ["error", { patterns }];

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
    rules: {
      "no-restricted-imports": restrict([
        {
          group: ["**/server/**", "neo4j-driver", "fastify", "node:*"],
          message: "The client talks to the API, never to Neo4j or server code.",
        },
      ]),
    },
  },
  {
    files: ["scripts/**/*.ts", "test/**/*.ts"],
    ignores: ["test/support/**", "test/server/**", "test/seed/**", "test/local-neo4j/**", "test/bench/**"],
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
