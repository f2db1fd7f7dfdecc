// In-page side of sigma-edge-append.browser.test.ts: a real Sigma fed edges in slices, beside one built in one go.
import Sigma from "sigma";
import { MultiDirectedGraph } from "graphology";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import { appendAddedEdges, type EdgeAppendStats } from "../../../../src/client/stage/sigma-edge-append.ts";

export interface EdgeAppendRun {
  stats: EdgeAppendStats;
  /** Edge and node program contents, picking ids and display data equal to those of a Sigma built in one go. */
  same: { edgeArray: boolean; nodeArray: boolean; edgeIds: boolean; displayed: number };
  edges: number;
}

interface Internals {
  edgePrograms: Record<string, { array: Float32Array; capacity: number }>;
  nodePrograms: Record<string, { array: Float32Array }>;
  edgeIndices: Record<string, number>;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

function stage(): HTMLElement {
  const div = document.createElement("div");
  div.style.cssText = "width: 400px; height: 300px";
  document.body.append(div);
  return div;
}

const settings = {
  zIndex: false,
  defaultNodeType: "circle",
  nodeProgramClasses: { circle: NodePointProgram },
  defaultEdgeType: "line",
  edgeProgramClasses: { line: EdgeLineProgram },
};

/** `between(graph, slice)` runs after each slice is drawn: what else the page does meanwhile. */
async function run(
  nodes: number,
  edges: number,
  slices: number,
  between: (graph: MultiDirectedGraph, slice: number) => void,
): Promise<EdgeAppendRun> {
  const nodeItems = Array.from({ length: nodes }, (_, i) => ({
    key: `n${i}`,
    attributes: { x: Math.cos(i) * i, y: Math.sin(i) * i, size: 2 + (i % 5), color: "#336699", label: `N${i}` },
  }));
  const edgeItems = Array.from({ length: edges }, (_, i) => ({
    key: `e${i}`,
    source: `n${i % nodes}`,
    target: `n${(i * 7 + 3) % nodes}`,
    attributes: { size: 1, color: "#999999" },
  }));
  const fed = new MultiDirectedGraph();
  fed.import({ nodes: nodeItems });
  const sigma = new Sigma(fed, stage(), settings);
  const stats = appendAddedEdges(sigma);
  const step = Math.ceil(edges / slices);
  for (let s = 0; s * step < edges; s++) {
    fed.import({ edges: edgeItems.slice(s * step, (s + 1) * step) });
    await frame();
    between(fed, s);
  }
  await frame();

  const whole = new MultiDirectedGraph();
  whole.import(fed.export());
  const reference = new Sigma(whole, stage(), settings);
  const a = sigma as unknown as Internals;
  const b = reference as unknown as Internals;
  const equal = (x: Float32Array, y: Float32Array) => x.length === y.length && x.every((v, i) => v === y[i]);
  const same = {
    edgeArray: equal(a.edgePrograms.line!.array, b.edgePrograms.line!.array),
    nodeArray: equal(a.nodePrograms.circle!.array, b.nodePrograms.circle!.array),
    edgeIds: fed.edges().every((e) => a.edgeIndices[e] === b.edgeIndices[e]),
    displayed: fed.filterEdges((e) => sigma.getEdgeDisplayData(e) !== undefined).length,
  };
  sigma.kill();
  reference.kill();
  return { stats, same, edges: fed.size };
}

declare global {
  interface Window {
    edgeAppend: {
      slices(): Promise<EdgeAppendRun>;
      restyled(): Promise<EdgeAppendRun>;
      dropped(): Promise<EdgeAppendRun>;
    };
  }
}

window.edgeAppend = {
  slices: () => run(500, 4_000, 8, () => undefined),
  // A node restyled between two slices: its program data changes, so the next pass is a full one.
  restyled: () => run(500, 4_000, 8, (graph, slice) => slice === 3 && graph.setNodeAttribute("n7", "color", "#ff0000")),
  // An edge dropped between two slices: the programs are rebuilt without it.
  dropped: () => run(500, 4_000, 8, (graph, slice) => slice === 2 && graph.dropEdge("e5")),
};
