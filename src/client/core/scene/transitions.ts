// Pure scene transitions: show, hide, expand (page by page) and collapse.
import type { ExpansionRecord, NeighbourPage, SceneState } from "./types.ts";

export function setNodes(state: SceneState, keys: readonly string[]): SceneState {
  return { nodes: [...new Set(keys)], expansions: [] };
}

/** Adds keys not already in view, keeping their order; the same object when nothing is new. */
export function showNodes(state: SceneState, keys: readonly string[]): SceneState {
  const present = new Set(state.nodes);
  const fresh = [...new Set(keys)].filter((key) => !present.has(key));
  return fresh.length === 0 ? state : { ...state, nodes: [...state.nodes, ...fresh] };
}

/** Removes keys from view, with the expansion records centred on them. */
export function hideNodes(state: SceneState, keys: readonly string[]): SceneState {
  const gone = new Set(keys);
  if (!state.nodes.some((key) => gone.has(key))) return state;
  return {
    nodes: state.nodes.filter((key) => !gone.has(key)),
    expansions: state.expansions.filter((record) => !gone.has(record.center)),
  };
}

export function expansionOf(state: SceneState, center: string): ExpansionRecord | null {
  return state.expansions.find((record) => record.center === center) ?? null;
}

/** Shows a page of neighbours and books what it added under the centre's expansion record. */
export function applyNeighbourPage(state: SceneState, page: NeighbourPage): SceneState {
  const present = new Set(state.nodes);
  const added = [...new Set(page.received)].filter((key) => !present.has(key) && key !== page.center);
  const previous = expansionOf(state, page.center);
  const continuing = page.more && previous !== null;
  const record: ExpansionRecord = {
    center: page.center,
    // A new expansion of the same node (other filters) still owns what the earlier one added.
    added: [...(previous?.added ?? []), ...added],
    filter: page.filter,
    loaded: (continuing ? previous.loaded : 0) + page.count,
    total: page.total,
    nextCursor: page.nextCursor,
  };
  const others = state.expansions.filter((r) => r.center !== page.center);
  return { nodes: [...state.nodes, ...added], expansions: [...others, record] };
}

/**
 * The nodes collapsing `center` removes: those its expansion added (or, with no record, its neighbours
 * in view) that nothing else in view reaches. A candidate linked to a node that stays, other than the
 * centre, stays too, and so do candidates linked to it, until nothing changes.
 */
export function collapseTargets(
  state: SceneState,
  center: string,
  neighboursOf: (key: string) => Iterable<string>,
): string[] {
  const inView = new Set(state.nodes);
  const record = expansionOf(state, center);
  const candidates = record ? record.added : [...neighboursOf(center)];
  const removed = new Set(candidates.filter((key) => inView.has(key) && key !== center));
  let changed = true;
  while (changed) {
    changed = false;
    for (const key of removed) {
      const reached = [...neighboursOf(key)].some(
        (other) => other !== center && inView.has(other) && !removed.has(other),
      );
      if (reached) {
        removed.delete(key);
        changed = true;
      }
    }
  }
  return state.nodes.filter((key) => removed.has(key));
}

export function collapse(
  state: SceneState,
  center: string,
  neighboursOf: (key: string) => Iterable<string>,
): SceneState {
  const targets = collapseTargets(state, center, neighboursOf);
  const hidden = hideNodes(state, targets);
  const expansions = hidden.expansions.filter((r) => r.center !== center);
  if (hidden === state && expansions.length === state.expansions.length) return state;
  return { ...hidden, expansions };
}
