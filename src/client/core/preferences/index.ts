// Display language and zoom-dependent detail: state, transitions and actions.
import { sliceUpdater, type Store } from "../../lib/create-store.ts";
import type { Language } from "../../../shared/index.ts";
import type { ViewState } from "./types.ts";
import { setCameraRatio, setLanguage } from "./transitions.ts";

export * from "./types.ts";
export * from "./transitions.ts";

export function createViewActions<S extends { view: ViewState }>(store: Store<S>) {
  const apply = sliceUpdater<"view", ViewState, S>(store, "view");
  return {
    setLanguage: (language: Language) => apply((s) => setLanguage(s, language)),
    cameraMoved: (ratio: number) => apply((s) => setCameraRatio(s, ratio)),
  };
}
export type ViewActions = ReturnType<typeof createViewActions>;
