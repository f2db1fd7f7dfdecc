// GEXF the explorer writes parses with the namespaces Gephi expects, carrying the stage's names and colours.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DOMParser } from "@xmldom/xmldom";
import { write } from "graphology-gexf";
import { fixGexfNamespaces, gexfEdge, gexfNode, GEXF_12_VIZ } from "../../../src/client/lib/export/index.ts";
import { buildGraph, samplePayload } from "../fixtures.ts";

const GEXF_12 = "http://www.gexf.net/1.2draft";

function writeSample(shownColor: string): { xml: string; order: number } {
  const { graph } = buildGraph(samplePayload());
  const xml = write(graph, {
    version: "1.2",
    formatNode: (key, attrs) => gexfNode(key, attrs, { label: `名 ${attrs.slug}`, color: shownColor, size: 7 }),
    formatEdge: (key, attrs) => gexfEdge(key, attrs, `phrase of ${attrs.relType}`),
  });
  return { xml, order: graph.order };
}

function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => void errors.push(`${level}: ${String(message)}`),
  }).parseFromString(xml, "text/xml");
  return { doc, errors };
}

test("graphology-gexf's own output declares a malformed viz namespace (why the fix exists)", () => {
  const { xml } = writeSample("#123456");
  const { doc } = parse(xml);
  assert.equal(doc.getElementsByTagNameNS(GEXF_12_VIZ, "color").length, 0);
});

test("after the fix, the root is GEXF 1.2draft and every node's viz colour, size and position are in the viz namespace", () => {
  const { xml, order } = writeSample("#123456");
  const { doc, errors } = parse(fixGexfNamespaces(xml));
  assert.deepEqual(errors, []);
  assert.equal(doc.documentElement.namespaceURI, GEXF_12);
  assert.equal(doc.documentElement.localName, "gexf");
  assert.equal(doc.getElementsByTagNameNS(GEXF_12, "node").length, order);
  const colors = [...Array.from(doc.getElementsByTagNameNS(GEXF_12_VIZ, "color"))];
  // Nodes and edges both carry a colour; the nodes' is the colour the stage shows, not the data graph's.
  const nodeColors = colors.filter((c) => (c.parentNode as Element | null)?.localName === "node");
  assert.equal(nodeColors.length, order);
  for (const c of nodeColors)
    assert.deepEqual([c.getAttribute("r"), c.getAttribute("g"), c.getAttribute("b")], ["18", "52", "86"]);
  assert.equal(doc.getElementsByTagNameNS(GEXF_12_VIZ, "position").length, order);
  const labels = Array.from(doc.getElementsByTagNameNS(GEXF_12, "node")).map((n) => n.getAttribute("label"));
  assert.ok(
    labels.every((l) => l?.startsWith("名 ")),
    "labels are the shown ones",
  );
  const edge = doc.getElementsByTagNameNS(GEXF_12, "edge")[0];
  assert.match(edge?.getAttribute("label") ?? "", /^phrase of /);
});

test("the fix keeps the rest of the file and adds a viz namespace when the writer left it out", () => {
  const fixed = fixGexfNamespaces('<?xml version="1.0"?>\n<gexf version="1.2"><graph/></gexf>');
  assert.equal(fixed, `<?xml version="1.0"?>\n<gexf xmlns:viz="${GEXF_12_VIZ}" version="1.2"><graph/></gexf>`);
  assert.throws(() => fixGexfNamespaces("<graphml/>"), /no <gexf> root/);
});
