// The source reader's state: whether a source text exists, the sentences picked in it, the facts lit on the stage.
export interface ReaderState {
  /** The graph has at least one source with its text: the reader exists and relationships link to it. */
  available: boolean;
  /** Start offsets of the sentences picked in the reader (click one; shift-click adds or removes). */
  sentences: number[];
  /** Relationship keys lit on the stage: the facts resting on the picked sentences, or the one fact asked for. */
  lit: string[];
  /** A relationship clicked elsewhere (panel, path, caption): the reader scrolls to its sentence. */
  target: { fact: string; seq: number } | null;
}

export const INITIAL_READER: ReaderState = { available: false, sentences: [], lit: [], target: null };
