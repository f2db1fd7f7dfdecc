// Keeps the network measures the page needs (the Style panel's node rules, the table's measure columns) computed for
// the graph in view: in a worker, again a moment after the graph stops changing, and a computation for a graph that
// has since changed is given up (the worker is stopped) rather than finished.
import { DEFAULT_NODE_RULES, type NetworkMeasure } from "../../shared/index.ts";
import type { Actions, AppState } from "../core/store/index.ts";
import type { ExplorerGraph } from "../lib/graph/index.ts";
import {
  computeMeasure,
  readIndexedGraph,
  type MeasureReply,
  type MeasureRequest,
  type MeasureResult,
} from "../lib/metrics/index.ts";
import type { Store } from "../lib/create-store.ts";

/** Expanding node after node changes the graph in bursts: measure once the burst is over. */
const SETTLE_MS = 400;

export interface MeasuresHandle {
  /** Computes these measures again now in the worker (shown or not); resolves when all have arrived. */
  compute(measures: readonly NetworkMeasure[]): Promise<void>;
  /** The old way, for the benchmark: the same computation on the page's main thread. */
  computeOnPage(measure: NetworkMeasure): Promise<MeasureResult | null>;
}

/** Measures something on the page shows: a size or colour rule, a table column. */
export function neededMeasures(state: AppState): Set<NetworkMeasure> {
  const rules = { ...DEFAULT_NODE_RULES, ...state.perspective.current?.nodeRules };
  const needed = new Set<NetworkMeasure>(state.measures.tableColumns);
  if (rules.size !== "label") needed.add(rules.size);
  if (rules.color !== "label") needed.add(rules.color);
  return needed;
}

interface Pending {
  version: number;
  index: ReadonlyMap<string, number>;
  left: Set<NetworkMeasure>;
  done: () => void;
}

export function mountMeasures(graph: ExplorerGraph, store: Store<AppState>, actions: Actions): MeasuresHandle {
  let version = 0;
  let worker: Worker | null = null;
  let requests = 0;
  const pending = new Map<number, Pending>();
  /** What was asked of the worker (or is being read for it), by the graph version it was for. */
  const asked = new Map<NetworkMeasure, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The graph version the worker holds, and its node index. */
  let sent: { version: number; index: ReadonlyMap<string, number> } | null = null;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    sent = null;
    for (const p of pending.values()) p.done();
    pending.clear();
    asked.clear();
    actions.measures.abandoned();
  };

  const onReply = (event: MessageEvent<MeasureReply>) => {
    const reply = event.data;
    const request = pending.get(reply.id);
    if (!request) return;
    if (reply.kind === "result") {
      actions.measures.computed({ version: request.version, index: request.index, result: reply.result });
      request.left.delete(reply.result.measure);
    } else {
      actions.measures.failed(reply.measure, reply.message);
      request.left.delete(reply.measure);
      asked.delete(reply.measure);
    }
    if (request.left.size === 0) {
      pending.delete(reply.id);
      request.done();
    }
  };

  const startWorker = (): Worker => {
    const created = new Worker(new URL("../workers/metrics-worker.ts", import.meta.url), { type: "module" });
    created.onmessage = onReply;
    created.onerror = (event) => {
      const measures = [...pending.values()].flatMap((p) => [...p.left]);
      stopWorker();
      for (const measure of measures) actions.measures.failed(measure, `The measures worker failed: ${event.message}`);
    };
    return created;
  };

  const run = async (fresh: readonly NetworkMeasure[] = []): Promise<void> => {
    const at = version;
    const wanted = [...neededMeasures(store.get()), ...fresh].filter(
      (m) => fresh.includes(m) || (store.get().measures.entries[m]?.version !== at && asked.get(m) !== at),
    );
    if (wanted.length === 0 || graph.order === 0) return;
    const unique = [...new Set(wanted)];
    for (const m of unique) asked.set(m, at);
    actions.measures.computing(unique);
    // The worker keeps the graph it was last sent: read and send it once per version, not once per measure.
    const reused = sent?.version === at && worker !== null ? sent : null;
    const read = reused ? null : await readIndexedGraph(graph, () => version !== at);
    const index = reused?.index ?? read?.index;
    if (!index || version !== at) {
      for (const m of unique) if (asked.get(m) === at) asked.delete(m);
      actions.measures.abandoned();
      return;
    }
    worker ??= startWorker();
    const id = ++requests;
    if (read) sent = { version: at, index: read.index };
    await new Promise<void>((done) => {
      pending.set(id, { version: at, index, left: new Set(unique), done });
      const request: MeasureRequest = { id, measures: unique, edges: read?.edges ?? null };
      worker!.postMessage(request, read ? [read.edges.sources.buffer, read.edges.targets.buffer] : []);
    });
  };

  // One timer per burst, not one per event: importing 100,000 nodes fires 100,000 events.
  let changedAt = 0;
  const settle = () => {
    const wait = changedAt + SETTLE_MS - performance.now();
    timer = wait > 0 ? setTimeout(settle, wait) : undefined;
    if (wait <= 0) void run();
  };
  const changed = () => {
    version++;
    changedAt = performance.now();
    // A computation for the graph as it was is of no use any more: stop it now, not after it finishes.
    if (pending.size) stopWorker();
    timer ??= setTimeout(settle, SETTLE_MS);
  };
  for (const event of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(event, changed);
  store.watch(
    (s) => s.perspective.current?.nodeRules,
    () => void run(),
  );
  store.watch(
    (s) => s.measures.tableColumns,
    () => void run(),
  );
  void run();

  return {
    compute: (measures) => run(measures),
    async computeOnPage(measure) {
      const read = await readIndexedGraph(graph, () => false, Infinity);
      return read && computeMeasure(measure, read.edges);
    },
  };
}
