// The one check of Sigma's private parts: a renderer that has them all gets the typed view, one that lacks any gets
// null, and then the edge appending and the draw hold leave it to Sigma's own public behaviour instead of breaking.
import { test } from "node:test";
import assert from "node:assert/strict";
import type Sigma from "sigma";
import { sigmaInternals } from "../../../src/client/stage/sigma-internals.ts";
import { appendAddedEdges } from "../../../src/client/stage/sigma-edge-append.ts";
import { holdDrawingWhileFed } from "../../../src/client/stage/feed-draw-hold.ts";
import type { ExplorerSigma } from "../../../src/client/stage/sigma-stage.ts";

const noop = () => undefined;

/** A stand-in with every private part sigma 3.0.x has (the check looks at names and kinds, not at behaviour). */
function complete(): Record<string, unknown> {
  return {
    renderFrame: null,
    needToProcess: false,
    width: 400,
    height: 300,
    webGLContexts: { nodes: {}, edges: {}, hoverNodes: {} },
    canvasContexts: { labels: {}, hovers: {} },
    nodePrograms: {},
    edgePrograms: {},
    nodeIndices: {},
    edgeIndices: {},
    nodeProgramIndex: {},
    itemIDsIndex: {},
    edgeDataCache: {},
    render: noop,
    process: noop,
    refresh: noop,
    updateNode: noop,
    addNodeToProgram: noop,
    addEdgeToProgram: noop,
    resetWebGLTexture: noop,
    getRenderParams: noop,
    renderLabels: noop,
    renderHighlightedNodes: noop,
    // Public parts the callers use.
    getGraph: () => ({ prependListener: noop, on: noop, order: 0, size: 0 }),
    getSetting: () => false,
  };
}

test("a renderer with every private part gets the view; one without any of them gets null", () => {
  const whole = complete();
  assert.equal(sigmaInternals(whole), whole);
  for (const name of Object.keys(whole).filter((key) => !["getGraph", "getSetting"].includes(key))) {
    const { [name]: _gone, ...rest } = whole;
    assert.equal(sigmaInternals(rest), null, `without ${name}`);
  }
  assert.equal(sigmaInternals({ ...whole, process: 42 }), null, "a method that is not a function");
  assert.equal(sigmaInternals({ ...whole, webGLContexts: {} }), null, "no nodes layer");
  assert.equal(sigmaInternals({ ...whole, canvasContexts: { hovers: {} } }), null, "no labels layer");
});

test("without them, edges are not appended and drawing is not held: the renderer keeps its own methods", () => {
  const { addEdgeToProgram: _gone, ...other } = complete();
  const process = other.process;
  const refresh = other.refresh;
  const stats = appendAddedEdges(other as unknown as Sigma);
  assert.deepEqual(stats, { full: 0, appended: 0 });
  assert.equal(other.process, process, "process() not wrapped");
  assert.equal(other.refresh, refresh, "refresh() not wrapped");
  const sync = { feeding: () => true, whenFed: noop };
  assert.equal(holdDrawingWhileFed(other as unknown as ExplorerSigma, sync), false);
  assert.equal(other.render, noop, "render() not replaced");
});

test("with them, both wrap the renderer's own methods", () => {
  const whole = complete();
  const process = whole.process;
  appendAddedEdges(whole as unknown as Sigma);
  assert.notEqual(whole.process, process, "process() wrapped");
  const render = whole.render;
  assert.equal(holdDrawingWhileFed(whole as unknown as ExplorerSigma, { feeding: () => true, whenFed: noop }), true);
  assert.notEqual(whole.render, render, "render() held");
});
