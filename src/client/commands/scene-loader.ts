// Puts a query result (or the whole graph again) into the scene through the researcher tools' showPayload,
// so it is one back/forward step like any other; results that arrive before the stage exists wait for it.
import type { GraphPayload } from "../../shared/index.ts";
import { wholeGraph, type ApiClient } from "../api/index.ts";

export type ShowPayloadFn = (payload: GraphPayload, label: string) => boolean;

export interface SceneLoader {
  /** Shows the payload's nodes and relationships as the view; false when it has none to show. */
  showPayload(payload: GraphPayload, label: string): boolean;
  showWholeGraph(): Promise<void>;
  /** Connects the loader to the view once the explorer's graph exists. */
  attach(show: ShowPayloadFn): void;
}

export function createSceneLoader(source: ApiClient): SceneLoader {
  let target: ShowPayloadFn | null = null;
  let pending: { payload: GraphPayload; label: string } | null = null;
  const showPayload = (payload: GraphPayload, label: string): boolean => {
    if (payload.nodes.length === 0) return false;
    if (target) return target(payload, label);
    pending = { payload, label };
    return true;
  };
  return {
    showPayload,
    showWholeGraph: async () => void showPayload(await wholeGraph(source), "Whole graph"),
    attach: (show) => {
      target = show;
      if (pending) show(pending.payload, pending.label);
      pending = null;
    },
  };
}
