// The default story: Jack Ma → Joe Tsai → Eddie Wu → Qwen → Apple, picked from the k shortest paths Ma → Apple.
import { slugOf, type PathsResponse } from "../../shared/index.ts";
import type { ApiClient } from "../api/index.ts";
import type { Story } from "../core/presentation/index.ts";

export const DEFAULT_STORY_SLUGS = ["jack-ma", "joe-tsai", "eddie-wu", "qwen", "apple"] as const;
const TITLE = "From Jack Ma to Apple's iPhones: the chain of people and the model behind Alibaba's pivot";

/** The path whose nodes are exactly these slugs, in order; null when the graph holds no such path. */
export function pickStory(response: PathsResponse, slugs: readonly string[], title: string): Story | null {
  const slugById = new Map(response.nodes.map((n) => [n.id, slugOf(n)]));
  const path = response.paths.find(
    (p) => p.nodes.length === slugs.length && p.nodes.every((id, i) => slugById.get(id) === slugs[i]),
  );
  return path ? { title, hops: path.hops, nodes: response.nodes.filter((n) => path.nodes.includes(n.id)) } : null;
}

export async function loadDefaultStory(source: ApiClient): Promise<Story> {
  const from = DEFAULT_STORY_SLUGS[0];
  const to = DEFAULT_STORY_SLUGS[DEFAULT_STORY_SLUGS.length - 1]!;
  const response = await source.call("paths", { query: { from, to, maxHops: DEFAULT_STORY_SLUGS.length - 1, k: 20 } });
  const story = pickStory(response, DEFAULT_STORY_SLUGS, TITLE);
  if (!story)
    throw new Error(`The graph has no path ${DEFAULT_STORY_SLUGS.join(" → ")}; was it seeded with the article graph?`);
  return story;
}
