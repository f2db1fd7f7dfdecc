// Sigma display overrides for the as-of view: facts not yet true dimmed (or hidden), ended ones marked.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { FactStatus } from "../../../shared/index.ts";

export interface AsOfColors {
  dimNode: string;
  dimEdge: string;
  ended: string;
}

export function asOfNode(
  display: Partial<NodeDisplayData>,
  status: FactStatus | null,
  hide: boolean,
  colors: AsOfColors,
): Partial<NodeDisplayData> {
  if (status !== "not-yet") return display;
  return hide ? { ...display, hidden: true } : { ...display, color: colors.dimNode, label: "", zIndex: 0 };
}

export function asOfEdge(
  display: Partial<EdgeDisplayData>,
  status: FactStatus | null,
  hide: boolean,
  colors: AsOfColors,
): Partial<EdgeDisplayData> {
  if (status === null || status === "current" || display.hidden) return display;
  if (status === "ended")
    return { ...display, color: colors.ended, label: display.label ? `${display.label} (ended)` : "" };
  return hide ? { ...display, hidden: true } : { ...display, color: colors.dimEdge, label: "", zIndex: 0 };
}
