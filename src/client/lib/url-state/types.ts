// The view as a link: which keys the query string may hold, each validated on the way in.
//
// Keys (all optional; a link without any opens the whole-graph first view):
//   nodes=a,b,c   the nodes in view, exactly (an empty value is an empty start)
//   add=a,b       nodes added to the whole-graph first view   (instead of nodes=)
//   hide=a,b      nodes removed from the whole-graph first view (instead of nodes=)
//   sel=a         the selected node
//   path=a,b      path finder endpoints; route=N picks the N-th shortest (1-based)
//   via=c         the path finder's "through" stop (with path=)
//   order=stated  how the path finder offers routes: shortest (when absent), stated or specific
//   cypher=…      the Cypher editor's text
//   lang=ja       the language names are shown in (en when absent)
//   off=Event,Place  legend categories hidden
//   asof=2024-03  the as-of date of the timeline (YYYY, YYYY-MM or YYYY-MM-DD)
// Node ids are slugs (properties.id), or elementIds for nodes without one; a link written by hand may name a node
// instead (path=Jack Ma,Apple, sel=馬雲), resolved as the API resolves names. To add a key, add a
// schema to URL_FIELDS: decoding, encoding and the UrlState type follow from it.
import { z } from "zod";
import { asOfDay, LANGUAGES } from "../../../shared/index.ts";

/** Slugs and element ids, and names: words with spaces, apostrophes and the middle dots of Japanese and Chinese names. */
const ID = /^[\p{L}\p{N}\p{M}_:.'’・· -]+$/u;
const nodeId = z.string().min(1).max(200).regex(ID, "must be a node id or a name (letters, digits, spaces, - _ : . ')");
const split = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
const idList = z.string().max(40_000).transform(split).pipe(z.array(nodeId).max(2_000));
const label = z
  .string()
  .max(100)
  .regex(/^[\p{L}\p{N}_]+$/u, "must be label names");

export const URL_FIELDS = {
  nodes: idList,
  add: idList,
  hide: idList,
  sel: nodeId,
  path: z
    .string()
    .max(401)
    .transform(split)
    .pipe(z.tuple([nodeId, nodeId], { error: "must be two node ids: path=from,to" })),
  route: z.coerce.number().int().min(1).max(20),
  via: nodeId,
  order: z.enum(["shortest", "stated", "specific"]),
  cypher: z.string().min(1).max(20_000),
  lang: z.enum(LANGUAGES),
  off: z.string().max(2_000).transform(split).pipe(z.array(label).max(50)),
  asof: z
    .string()
    .max(10)
    .refine((text) => asOfDay(text) !== null, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD"),
} as const;

export type UrlField = keyof typeof URL_FIELDS;

export type UrlState = { [K in UrlField]?: z.output<(typeof URL_FIELDS)[K]> } & {
  /** Keys this version does not know, kept as they were so re-encoding a link loses nothing. */
  extra?: ReadonlyArray<readonly [string, string]>;
};

export interface DecodedUrl {
  state: UrlState;
  /** One sentence per key that was ignored, naming it and why. */
  problems: string[];
}
