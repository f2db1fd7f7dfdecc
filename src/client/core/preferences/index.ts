// Display language and zoom-dependent detail: state, transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { Language } from "../../../shared/index.ts";
import type { PreferencesState } from "./types.ts";
import { setCameraRatio, setLanguage } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createPreferencesActions<S extends { preferences: PreferencesState }>(store: Store<S>) {
  const apply = sliceUpdater<"preferences", PreferencesState, S>(store, "preferences");
  return {
    setLanguage: (language: Language) => apply((s) => setLanguage(s, language)),
    cameraMoved: (ratio: number) => apply((s) => setCameraRatio(s, ratio)),
  };
}
export type PreferencesActions = ReturnType<typeof createPreferencesActions>;
