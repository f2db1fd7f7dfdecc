// A tiny observable store: one immutable state value, replaced by pure updates and watched by views.
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  update(change: (state: S) => S): void;
  subscribe(listener: Listener<S>): () => void;
  /** Calls `listener` only when the selected slice changes, so views redraw only what they show. */
  watch<T>(select: (state: S) => T, listener: (value: T, previous: T) => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();

  const subscribe = (listener: Listener<S>): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  return {
    get: () => state,
    update(change) {
      const previous = state;
      const next = change(state);
      // Pure actions return the very same object for no-ops; skipping them keeps hover storms cheap.
      if (Object.is(next, previous)) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe,
    watch(select, listener) {
      return subscribe((next, previous) => {
        const value = select(next);
        const before = select(previous);
        if (!Object.is(value, before)) listener(value, before);
      });
    },
  };
}

/** Binds pure slice transitions to one key of the store, so domain actions stay one-liners. */
export function sliceUpdater<K extends PropertyKey, T, S extends Record<K, T>>(
  store: Store<S>,
  key: K,
): (change: (slice: T) => T) => void {
  return (change) =>
    store.update((state) => {
      const next = change(state[key]);
      return Object.is(next, state[key]) ? state : { ...state, [key]: next };
    });
}
