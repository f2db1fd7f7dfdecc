// Entity tags for cached answers and the If-None-Match test that turns a repeated request into a 304.
import { createHash } from "node:crypto";

const digest = (text: string, length: number) => createHash("sha1").update(text).digest("base64url").slice(0, length);

/** The version is part of the tag, so an answer read under a new database version never matches an old tag. */
export function etagFor(version: string, body: string): string {
  return `"${digest(version, 8)}-${digest(body, 22)}"`;
}

/** RFC 9110 weak comparison: a list of tags, `*`, and W/ prefixes (a proxy may weaken our tags) all match. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = bare(etag);
  return header.split(",").some((tag) => bare(tag) === wanted);
}
