// Loads and validates configuration from the environment; the only place process.env is read.
import { EnvSchema, type Env } from "./schema.ts";
import { ConfigError } from "../errors.ts";

export type { Env } from "./schema.ts";

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings count as unset, as shells often export VAR= to clear a value.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}
