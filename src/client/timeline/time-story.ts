// The time story: the dated relationships on the stage, oldest first, told one per step in presentation mode while
// the as-of date follows the step (the title card shows the graph before the first fact).
import { stepDate, timeOf, type WireRelationship } from "../../shared/index.ts";
import type { Story } from "../core/presentation/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import type { Store } from "../lib/create-store.ts";
import { toWireNode, type ExplorerGraph } from "../lib/graph/index.ts";
import type { Timeline } from "../lib/timeline/index.ts";

export function timeStory(graph: ExplorerGraph, timeline: Timeline): Story | null {
  const facts = timeline.facts.filter((fact) => fact.kind === "relationship" && fact.target !== null);
  if (facts.length === 0 || !timeline.years) return null;
  const keys = new Set(facts.flatMap((fact) => [fact.source, fact.target!]));
  const hops = facts.map((fact) => {
    const attrs = graph.getEdgeAttributes(fact.key);
    const relationship: WireRelationship = {
      id: fact.key,
      type: attrs.relType,
      start: fact.source,
      end: fact.target!,
      properties: attrs.properties,
    };
    return { from: fact.source, to: fact.target!, relationship };
  });
  const { from, to } = timeline.years;
  return {
    title: `The story in time: ${hops.length} dated ${hops.length === 1 ? "fact" : "facts"}, ${from}–${to}`,
    hops,
    nodes: [...keys].map((key) => toWireNode(graph, key)),
  };
}

/** While a time story is presented, the as-of date follows its step; leaving restores the date chosen before. */
export function followTimeStory(
  store: Store<AppState>,
  actions: Actions,
  isTimeStory: (story: Story) => boolean,
): void {
  let before: string | null = null;
  store.watch(
    (s) => s.presentation,
    (state, previous) => {
      const story = state.story;
      const telling = state.active && story !== null && isTimeStory(story);
      const wasTelling = previous.active && previous.story !== null && isTimeStory(previous.story);
      if (telling && !wasTelling) before = store.get().time.asOf;
      if (telling) {
        const hop = story.hops[state.step];
        const when = hop ? timeOfHop(hop.relationship) : null;
        const first = story.hops[0] ? timeOfHop(story.hops[0].relationship) : null;
        // The title card: just before the first fact, so every dated fact is still to come.
        actions.time.setAsOf(when ?? (first ? String(Number(first.slice(0, 4)) - 1) : null));
      } else if (wasTelling) actions.time.setAsOf(before);
    },
  );
}

function timeOfHop(relationship: WireRelationship): string | null {
  const time = timeOf(relationship.properties);
  return time ? stepDate(time) : null;
}
