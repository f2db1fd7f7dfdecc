// Live follow's contract: what a teacher sends, what followers receive, and the two HTTP endpoints' shapes.
import { z } from "zod";
import { WireNodeSchema, WireRelationshipSchema } from "./graph.ts";
import { LANGUAGES } from "./entity.ts";

/** 16 characters of base64url: 96 random bits, so a link cannot be guessed; the link is the only key. */
export const LiveSessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/, "must be a live session id");
export const LiveParamsSchema = z.object({ id: LiveSessionIdSchema });

/** The story being presented: the same shape presentation mode steps through (bounded, a story is a few hops). */
export const LiveStorySchema = z.object({
  title: z.string().max(500),
  hops: z
    .array(z.object({ from: z.string().max(200), to: z.string().max(200), relationship: WireRelationshipSchema }))
    .max(200),
  nodes: z.array(WireNodeSchema).max(400),
});
export type LiveStory = z.infer<typeof LiveStorySchema>;

/**
 * The teacher's camera relative to the frame of the current step (the hop's two ends fitted to the stage): zero
 * offset and zoom 1 when the teacher has not moved it. Relative, so it holds on any screen and any layout.
 */
export const LiveCameraSchema = z.object({
  dx: z.number().finite().min(-1e3).max(1e3),
  dy: z.number().finite().min(-1e3).max(1e3),
  zoom: z.number().finite().positive().max(1e3),
  angle: z.number().finite().min(-10).max(10),
});
export type LiveCamera = z.infer<typeof LiveCameraSchema>;
export const IDENTITY_CAMERA: LiveCamera = { dx: 0, dy: 0, zoom: 1, angle: 0 };

/** Everything a follower needs to show the teacher's view: the story, the step (-1: title card), caption, camera. */
export const LiveViewSchema = z.object({
  story: LiveStorySchema.nullable(),
  step: z.number().int().min(-1).max(10_000),
  /** The caption's first line as text ("Step 2 of 4: A — TYPE → B"), for followers that draw no stage. */
  caption: z.string().max(1_000),
  camera: LiveCameraSchema,
  language: z.enum(LANGUAGES),
});
export type LiveView = z.infer<typeof LiveViewSchema>;
export const LivePatchSchema = LiveViewSchema.partial().strict();
export type LivePatch = z.infer<typeof LivePatchSchema>;

/** The teacher's socket: the key first, then view changes, then (maybe) stop. `sentAt` (ms epoch) rides along. */
export const TeacherMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("hello"), key: z.string().min(1).max(100) }).strict(),
  z.object({ type: z.literal("view"), patch: LivePatchSchema, sentAt: z.number().finite().optional() }).strict(),
  z.object({ type: z.literal("stop") }).strict(),
]);
export type TeacherMessage = z.infer<typeof TeacherMessageSchema>;

/** What the server sends: the whole view on (re)connect, then each change with its sequence number. */
export const LiveServerMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("state"),
    seq: z.number().int().min(0),
    view: LiveViewSchema.nullable(),
    followers: z.number().int().min(0),
  }),
  z.object({
    type: z.literal("view"),
    seq: z.number().int().min(1),
    patch: LivePatchSchema,
    sentAt: z.number().optional(),
  }),
  z.object({ type: z.literal("followers"), followers: z.number().int().min(0) }),
  z.object({ type: z.literal("ended"), message: z.string() }),
  z.object({ type: z.literal("refused"), message: z.string() }),
]);
export type LiveServerMessage = z.infer<typeof LiveServerMessageSchema>;

export const LiveStartBodySchema = z.object({}).strict();
export const LiveStartResponseSchema = z.object({
  id: LiveSessionIdSchema,
  /** Only the teacher's page holds it: it lets that page push steps and stop, also after a reload. */
  teacherKey: z.string(),
  /** How long the session waits for a teacher whose connection dropped before it ends. */
  graceMs: z.number().int(),
});
export type LiveStartResponse = z.infer<typeof LiveStartResponseSchema>;

export const LiveStatusSchema = z.object({
  id: LiveSessionIdSchema,
  status: z.literal("live"),
  seq: z.number().int().min(0),
  followers: z.number().int().min(0),
  view: LiveViewSchema.nullable(),
});
export type LiveStatus = z.infer<typeof LiveStatusSchema>;

/** The page's address for following a session: the explorer with `live=<id>`. */
export const LIVE_LINK_KEY = "live";
export const ENDED_MESSAGE = "This live session has ended.";

/** The WebSocket paths (not in the endpoint table: they are not request/response). */
export const liveSocketPath = (id: string, role: "follow" | "teach") => `/api/live/${id}/${role}`;
