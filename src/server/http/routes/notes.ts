// Handlers for notes: read from and append to the explorer's notes file, never the explored graph.
import type { Handlers } from "../route.ts";
import type { AppContext } from "../context.ts";
import { AppError, NotFoundError } from "../../errors.ts";
import { targetExists } from "../../notes/target-exists.ts";

export function noteHandlers(ctx: AppContext): Handlers<"notes" | "notesFor" | "addNote"> {
  const store = () => {
    if (!ctx.notes)
      throw new AppError(
        "not_applicable",
        "This server keeps no notes: it was started without a notes file (npm start gives it one in the data folder).",
      );
    return ctx.notes;
  };
  return {
    notes: async ({ query }) => ({ notes: (await ctx.notes?.list([query])) ?? [], writable: ctx.notes !== undefined }),
    notesFor: async ({ body }) => ({
      notes: (await ctx.notes?.list(body.targets)) ?? [],
      writable: ctx.notes !== undefined,
    }),
    addNote: async ({ body }) => {
      const notes = store();
      if (!(await targetExists(ctx.read, body.target)))
        throw new NotFoundError(
          `target.id: no ${body.target.kind} '${body.target.id}' in the explored graph (a node by its slug or element id, a relationship by its element id)`,
          { field: "target.id", kind: body.target.kind, id: body.target.id },
        );
      return notes.add(body);
    },
  };
}
