// Pure view-preference transitions.
import type { Language } from "../../../shared/index.ts";
import { EDGE_LABEL_ZOOM_RATIO, type ViewState } from "./types.ts";

export function setLanguage(state: ViewState, language: Language): ViewState {
  return state.language === language ? state : { ...state, language };
}

export function setCameraRatio(state: ViewState, ratio: number): ViewState {
  const zoomedIn = ratio < EDGE_LABEL_ZOOM_RATIO;
  return state.zoomedIn === zoomedIn ? state : { ...state, zoomedIn };
}
