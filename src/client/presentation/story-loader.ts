// The graph's story: the route its perspective names (`story` in perspective.json), else the route on show in the
// path finder, so Present works on any graph and no graph's node keys are written into the page.
import { nodeKey, type Language, type PathsResponse, type Perspective, type StorySpec } from "../../shared/index.ts";
import { nodeCaption } from "../lib/appearance/index.ts";
import type { ApiClient } from "../api/index.ts";
import type { Story } from "../core/presentation/index.ts";
import type { PathsState } from "../core/paths/index.ts";
import type { PerspectiveState } from "../core/perspective/index.ts";

/** How many routes are asked for when looking for the named one among the shortest. */
const ROUTES_SEARCHED = 20;

/** The path whose nodes are exactly these keys, in order (a node's `id` property or its element id); else null. */
export function pickStory(response: PathsResponse, route: readonly string[], title: string): Story | null {
  const byId = new Map(response.nodes.map((n) => [n.id, n]));
  const matches = (id: string, key: string) => {
    const node = byId.get(id);
    return id === key || (node !== undefined && nodeKey(node) === key);
  };
  const path = response.paths.find(
    (p) => p.nodes.length === route.length && p.nodes.every((id, i) => matches(id, route[i]!)),
  );
  return path ? { title, hops: path.hops, nodes: response.nodes.filter((n) => path.nodes.includes(n.id)) } : null;
}

/** The perspective's story, found among the shortest routes between its ends. */
export async function loadNamedStory(source: ApiClient, spec: StorySpec): Promise<Story> {
  const from = spec.route[0]!;
  const to = spec.route[spec.route.length - 1]!;
  const maxHops = spec.route.length - 1;
  const response = await source.call("paths", { query: { from, to, maxHops, k: ROUTES_SEARCHED } });
  const story = pickStory(response, spec.route, spec.title);
  if (!story)
    throw new Error(
      `perspective.json story.route: the graph has no path ${spec.route.join(" → ")} among its ${ROUTES_SEARCHED} shortest routes`,
    );
  return story;
}

/** The route the path finder shows, titled by its ends' captions; null when it shows none. */
export function storyFromPathFinder(
  paths: PathsState,
  perspective: Perspective | null,
  language: Language,
): Story | null {
  if (paths.result.status !== "ready") return null;
  const { response, route } = paths.result;
  const path = response.paths[route];
  if (!path || path.hops.length === 0) return null;
  const name = (id: string) => {
    const node = response.nodes.find((n) => n.id === id);
    return node ? nodeCaption(node, perspective, language) : id;
  };
  return {
    title: `${name(path.nodes[0]!)} → ${name(path.nodes[path.nodes.length - 1]!)}`,
    hops: path.hops,
    nodes: response.nodes.filter((n) => path.nodes.includes(n.id)),
  };
}

export const NO_STORY_MESSAGE =
  "This graph names no story: find a route in the path finder and press Present again, or name one in perspective.json " +
  '("story": {"title": "…", "route": ["first-node-id", "…", "last-node-id"]}).';

/** The story the perspective names; null when it names none. */
export async function loadPerspectiveStory(source: ApiClient, state: PerspectiveState): Promise<Story | null> {
  // Before the page's own perspective request has answered, ask for it here rather than guess.
  const perspective =
    state.status === "loading" ? (await source.call("perspective", {})).perspective : (state.current ?? state.base);
  return perspective?.story ? loadNamedStory(source, perspective.story) : null;
}

/** The story Present starts with: the perspective's, else the route on show; an Error saying what to do otherwise. */
export async function loadGraphStory(
  source: ApiClient,
  state: { perspective: PerspectiveState; paths: PathsState; language: Language },
): Promise<Story> {
  const named = await loadPerspectiveStory(source, state.perspective);
  if (named) return named;
  const { current, base } = state.perspective;
  const shown = storyFromPathFinder(state.paths, current ?? base, state.language);
  if (shown) return shown;
  throw new Error(NO_STORY_MESSAGE);
}
