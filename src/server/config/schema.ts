// Environment variables the explorer reads, validated once at start-up with errors that name the variable.
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);

export const EnvSchema = z
  .object({
    NEO4J_URI: z
      .string()
      .regex(
        /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
        "must be a neo4j:// neo4j+s:// bolt:// or bolt+s:// URI",
      )
      .optional(),
    NEO4J_USERNAME: z.string().min(1).optional(),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).default("neo4j"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: port.default(5179),
    NEO4J_LOCAL_PORT: port.default(7687),
    NEO4J_DATA_DIR: z.string().min(1).default(".data/neo4j"),
    NEO4J_HEAP: z
      .string()
      .regex(/^\d+[mg]$/, "must look like 512m or 1g")
      .default("512m"),
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    RESULT_CAP: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
    /** How long a path search runs before it answers with the routes found so far (marked truncated); 0: no budget. */
    PATH_BUDGET_MS: z.coerce.number().int().min(0).max(600_000).default(700),
    ADHOC_QUERY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    EXPLORER_WRITE_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
    NEO4J_PAGECACHE: z
      .string()
      .regex(/^\d+[mg]$/, "must look like 128m or 1g")
      .default("128m"),
    /** The API's answer cache (README, "Cached answers"): off recomputes every answer, as a comparison or a last resort. */
    API_CACHE: z.enum(["on", "off"], { message: "must be on or off" }).default("on"),
    /** With NEO4J_URI (others may write there unseen): how long a cached answer is served, in ms; 0 turns it off. */
    API_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
    /** Memory the cached answers may take, in MiB. */
    API_CACHE_MAX_MB: z.coerce.number().int().min(1).max(16_384).default(64),
    /** Comma-separated origins allowed to frame the explorer (embed mode), added to CSP frame-ancestors. */
    EMBED_ALLOWED_ORIGINS: z
      .string()
      .transform((s) =>
        s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/,
              "must be comma-separated origins such as https://course.example.org",
            ),
        ),
      )
      .default([]),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && (!env.NEO4J_USERNAME || !env.NEO4J_PASSWORD)) {
      for (const key of ["NEO4J_USERNAME", "NEO4J_PASSWORD"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when NEO4J_URI is set" });
      }
    }
  });

export type Env = z.infer<typeof EnvSchema>;
