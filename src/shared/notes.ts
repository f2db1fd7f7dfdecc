// Notes people add to a node, a relationship or a saved view: kept apart from the explored facts, each saying who and when.
import { z } from "zod";

export const NOTE_TARGET_KINDS = ["node", "relationship", "view"] as const;
export type NoteTargetKind = (typeof NOTE_TARGET_KINDS)[number];

export const NOTE_TEXT_MAX = 2_000;
export const NOTE_AUTHOR_MAX = 80;
/** How many targets one lookup may name: a details panel or a path asks for tens, a big view for hundreds. */
export const NOTE_LOOKUP_MAX = 1_000;

/** A view's id: `v-` and the hash of its link's state (see the client's view-id), so the same view finds its notes. */
export const VIEW_ID = /^v-[0-9a-z]{6,32}$/;

export const NoteTargetSchema = z
  .object({
    kind: z.enum(NOTE_TARGET_KINDS),
    /** A node's key (slug, else element id), a relationship's element id, or a view's id. */
    id: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  })
  .strict()
  .refine((t) => t.kind !== "view" || VIEW_ID.test(t.id), {
    message: "a view's id must look like v-1a2b3c (the hash of its link)",
    path: ["id"],
  });
export type NoteTarget = z.infer<typeof NoteTargetSchema>;

export const NewNoteSchema = z
  .object({
    target: NoteTargetSchema,
    text: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(NOTE_TEXT_MAX, `must be at most ${NOTE_TEXT_MAX} characters`),
    author: z
      .string()
      .trim()
      .min(1, "must not be empty: say who writes the note")
      .max(NOTE_AUTHOR_MAX, `must be at most ${NOTE_AUTHOR_MAX} characters`),
  })
  .strict();
export type NewNote = z.infer<typeof NewNoteSchema>;

export const NoteSchema = z.object({
  id: z.string().min(1),
  target: NoteTargetSchema,
  text: z.string(),
  author: z.string(),
  /** Set by the server when it saved the note. */
  createdAt: z.string().datetime({ offset: true }),
});
export type Note = z.infer<typeof NoteSchema>;

export const NoteQuerySchema = z
  .object({
    kind: z.enum(NOTE_TARGET_KINDS),
    id: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  })
  .strict();

export const NoteLookupSchema = z
  .object({ targets: z.array(NoteTargetSchema).max(NOTE_LOOKUP_MAX, `must name at most ${NOTE_LOOKUP_MAX} targets`) })
  .strict();

export const NoteListSchema = z.object({
  notes: z.array(NoteSchema),
  /** False where notes cannot be added (the offline edition): the page then shows them read-only. */
  writable: z.boolean(),
});
export type NoteList = z.infer<typeof NoteListSchema>;

/** The one key of a target, for grouping notes by what they are about. */
export const noteTargetKey = (t: Pick<NoteTarget, "kind" | "id">): string => `${t.kind}:${t.id}`;
