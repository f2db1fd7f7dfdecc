// Whether a note's target is in the explored graph (nodes, relationships) or is a well-formed view id.
import { isElementId, type NoteTarget } from "../../shared/index.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { NODE_EXISTS_BY_ELEMENT_ID, NODE_EXISTS_BY_SLUG, RELATIONSHIP_EXISTS } from "../queries/notes.ts";

async function found(ctx: ReadContext, cypher: string, id: string): Promise<boolean> {
  const records = await readRecords(ctx, cypher, { id });
  return records[0]?.get("found") === true;
}

/**
 * Nodes are named by their key (slug, else element id), relationships by their element id. A view is not stored
 * anywhere: its id is the hash of its link, already checked for its form by the schema.
 */
export async function targetExists(ctx: ReadContext, target: NoteTarget): Promise<boolean> {
  switch (target.kind) {
    case "node":
      return found(ctx, isElementId(target.id) ? NODE_EXISTS_BY_ELEMENT_ID : NODE_EXISTS_BY_SLUG, target.id);
    case "relationship":
      return isElementId(target.id) && found(ctx, RELATIONSHIP_EXISTS, target.id);
    case "view":
      return true;
  }
}
