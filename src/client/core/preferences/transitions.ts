// Pure view-preference transitions.
import type { Language } from "../../../shared/index.ts";
import { EDGE_LABEL_ZOOM_RATIO, type PreferencesState } from "./types.ts";

export function setLanguage(state: PreferencesState, language: Language): PreferencesState {
  return state.language === language ? state : { ...state, language };
}

export function setCameraRatio(state: PreferencesState, ratio: number): PreferencesState {
  const zoomedIn = ratio < EDGE_LABEL_ZOOM_RATIO;
  return state.zoomedIn === zoomedIn ? state : { ...state, zoomedIn };
}
