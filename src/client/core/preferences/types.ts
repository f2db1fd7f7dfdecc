// View preferences that change how the graph is drawn but never what it contains.
import type { Language } from "../../../shared/index.ts";

export interface PreferencesState {
  language: Language;
  /** True once the camera is close enough for every edge label to be readable. */
  zoomedIn: boolean;
}

export const INITIAL_PREFERENCES: PreferencesState = { language: "en", zoomedIn: false };

/** Camera ratio below which all edge labels are drawn (Sigma: smaller ratio = closer). */
export const EDGE_LABEL_ZOOM_RATIO = 0.55;
