// Pure reader transitions: pick sentences, show one fact, clear.
import type { ReaderState } from "./types.ts";

export function setAvailable(state: ReaderState, available: boolean): ReaderState {
  return state.available === available ? state : { ...state, available };
}

/** Picks sentences and the facts resting on them; with `add`, toggles the one sentence in the current pick. */
export function pickSentence(
  state: ReaderState,
  start: number,
  facts: (starts: number[]) => string[],
  add: boolean,
): ReaderState {
  const sentences = add
    ? state.sentences.includes(start)
      ? state.sentences.filter((s) => s !== start)
      : [...state.sentences, start].sort((a, b) => a - b)
    : [start];
  return { ...state, sentences, lit: facts(sentences) };
}

/** A relationship asked for from elsewhere: it alone is lit, and the reader goes to it (seq makes a repeat count). */
export function showFact(state: ReaderState, fact: string): ReaderState {
  return { ...state, sentences: [], lit: [fact], target: { fact, seq: (state.target?.seq ?? 0) + 1 } };
}

export function clearReader(state: ReaderState): ReaderState {
  return state.sentences.length === 0 && state.lit.length === 0 ? state : { ...state, sentences: [], lit: [] };
}

/** What the stage lights for the reader: the lit relationships that are drawn, and their ends. */
export function readerHighlight(
  state: ReaderState,
  extremities: (edge: string) => readonly [string, string] | null,
): { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null {
  if (state.lit.length === 0) return null;
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const edge of state.lit) {
    const ends = extremities(edge);
    if (!ends) continue;
    edges.add(edge);
    nodes.add(ends[0]);
    nodes.add(ends[1]);
  }
  return edges.size > 0 ? { nodes, edges } : null;
}
