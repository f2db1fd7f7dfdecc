// Creates the store and the actions object views use from the one record of slices (slices.ts).
import { createStore, type Store } from "../../lib/create-store.ts";
import { SLICES, type Actions, type AppState, type SliceName } from "./slices.ts";

export { SLICES, type Actions, type AppState, type SliceName } from "./slices.ts";

/** The starting state of the page: every slice's initial value, with `overrides` on top. */
export function initialState(overrides: Partial<AppState> = {}): AppState {
  const state = Object.fromEntries(Object.entries(SLICES).map(([name, slice]) => [name, slice.initial]));
  return { ...(state as AppState), ...overrides };
}

export function createApp(initial: AppState = initialState()): { store: Store<AppState>; actions: Actions } {
  const store: Store<AppState> = createStore(initial);
  const actions = Object.fromEntries(
    (Object.keys(SLICES) as SliceName[]).map((name) => {
      const create = SLICES[name].actions as (store: Store<AppState>) => Actions[typeof name];
      return [name, create(store)];
    }),
  ) as Actions;
  return { store, actions };
}
export type App = ReturnType<typeof createApp>;
