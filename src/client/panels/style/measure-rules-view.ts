// The Style panel's "Network measures" box: size and colour every node by degree, betweenness, PageRank or Louvain
// community (over each label's own style), and a live line saying what is being computed and what was found.
import { DEFAULT_NODE_RULES, type NetworkMeasure, type NodeRules, type Perspective } from "../../../shared/index.ts";
import type { Actions, AppState } from "../../core/store/index.ts";
import type { MeasuresState } from "../../core/measures/index.ts";
import { h } from "../../lib/dom.ts";
import { MEASURE_TITLES } from "../../lib/metrics/index.ts";

const SIZE_CHOICES: Array<[NodeRules["size"], string]> = [
  ["label", "each label's rule"],
  ["degree", "Degree"],
  ["betweenness", "Betweenness"],
  ["pagerank", "PageRank"],
];
const COLOR_CHOICES: Array<[NodeRules["color"], string]> = [
  ["label", "each label's colour"],
  ["community", "Community (Louvain)"],
  ["degree", "Degree (pale to deep)"],
  ["betweenness", "Betweenness (pale to deep)"],
  ["pagerank", "PageRank (pale to deep)"],
];

const count = (n: number) => n.toLocaleString("en");

/** What the reader is told about the measures the rules use: computing, found (with what matters), or failed. */
export function measuresStatus(rules: NodeRules, state: MeasuresState): string {
  const used = [...new Set([rules.size, rules.color].filter((r): r is NetworkMeasure => r !== "label"))];
  if (!used.length) return "Size and colour come from each label's style below.";
  return used
    .map((measure) => {
      const title = MEASURE_TITLES[measure];
      if (state.computing.includes(measure)) return `Computing ${title} in the background…`;
      const failure = state.failures[measure];
      if (failure) return `${title} could not be computed: ${failure}`;
      const entry = state.entries[measure];
      if (!entry) return `${title}: waiting for the graph.`;
      const { result } = entry;
      const nodes = count(result.values.length);
      if (measure === "community")
        return `${count(result.communities ?? 0)} communities among ${nodes} nodes (modularity ${(result.modularity ?? 0).toFixed(2)}).`;
      if (result.sources !== null)
        return `${title} of ${nodes} nodes, estimated from ${count(result.sources)} of them (the exact figure would take too long).`;
      return `${title} of ${nodes} nodes.`;
    })
    .join(" ");
}

function select<T extends string>(
  id: string,
  testid: string,
  choices: Array<[T, string]>,
  value: T,
  onChange: (value: T) => void,
): HTMLSelectElement {
  const element = h(
    "select",
    { id, "data-testid": testid },
    ...choices.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
  );
  element.value = value;
  element.addEventListener("change", () => onChange(element.value as T));
  return element;
}

/** The box, and a function that refreshes its status line (called when the measures change). */
export function measureRulesView(
  perspective: Perspective,
  actions: Actions,
): { element: HTMLElement; update: (state: AppState) => void } {
  const rules = { ...DEFAULT_NODE_RULES, ...perspective.nodeRules };
  const size = select("style-node-size", "style-node-size", SIZE_CHOICES, rules.size, (value) =>
    actions.perspective.nodeRules({ size: value }),
  );
  const color = select("style-node-color", "style-node-color", COLOR_CHOICES, rules.color, (value) =>
    actions.perspective.nodeRules({ color: value }),
  );
  const status = h("p", { class: "muted measures-status", role: "status", "data-testid": "measures-status" });
  const field = (id: string, text: string, control: HTMLElement) =>
    h("div", { class: "style-field" }, h("label", { for: id }, text), control);
  const element = h(
    "fieldset",
    { class: "style-label style-measures", "data-testid": "style-measures" },
    h("legend", {}, h("span", { class: "style-label-name" }, "Network measures")),
    h(
      "p",
      { class: "muted style-note" },
      "Every node, measured on the graph in view; measured again when the view changes.",
    ),
    field("style-node-size", "Size by", size),
    field("style-node-color", "Colour by", color),
    status,
  );
  const update = (state: AppState) => {
    const current = { ...DEFAULT_NODE_RULES, ...state.perspective.current?.nodeRules };
    status.textContent = measuresStatus(current, state.measures);
    status.dataset.computing = String(state.measures.computing.length > 0);
  };
  return { element, update };
}
