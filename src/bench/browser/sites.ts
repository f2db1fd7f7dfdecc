// One benchmark data set on disk: generated rows as a snapshot, and the explorer, vis-network and plain-Sigma sites serving it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { createDataset, type DatasetManifest } from "../../generate/index.ts";
import { datasetToSnapshot } from "./dataset-snapshot.ts";
import { writeExplorerSite } from "./explorer-site.ts";
import { writeSigmaSite } from "./sigma-site.ts";
import { writeVisSite } from "./vis-site.ts";
import type { PayloadFigures } from "./types.ts";

export interface PreparedSites {
  explorerDir: string;
  visDir: string;
  sigmaDir: string;
  payload: PayloadFigures;
  manifest: DatasetManifest;
}

export async function prepareSites(o: {
  root: string;
  builtDir: string;
  /** Where buildSigmaPage wrote the plain-Sigma script. */
  sigmaBuiltDir: string;
  dir: string;
  nodes: number;
  edges: number;
  seed: number;
}): Promise<PreparedSites> {
  const dataset = createDataset({ entities: o.nodes, relationships: o.edges, seed: o.seed });
  // A fixed export time keeps the snapshot byte-identical from run to run.
  const snapshot = await datasetToSnapshot(
    { entities: dataset.entities, relationships: dataset.relationships },
    { exportedAt: "2026-01-01T00:00:00.000Z" },
  );
  const manifest = dataset.manifest();
  const explorerDir = join(o.dir, "explorer");
  const visDir = join(o.dir, "vis-network");
  const { snapshotFile, bytes } = await writeExplorerSite(o.builtDir, explorerDir, snapshot);
  const sigmaDir = join(o.dir, "sigma");
  await writeVisSite(o.root, visDir, snapshotFile);
  await writeSigmaSite(o.sigmaBuiltDir, sigmaDir, snapshotFile);
  const gzipBytes = (await promisify(gzip)(await readFile(snapshotFile))).length;
  const payload: PayloadFigures = {
    nodes: snapshot.nodes.length,
    edges: snapshot.relationships.length,
    plainBytes: bytes,
    gzipBytes,
    bytesPerNode: Buffer.byteLength(JSON.stringify(snapshot.nodes)) / Math.max(1, snapshot.nodes.length),
    bytesPerEdge:
      Buffer.byteLength(JSON.stringify(snapshot.relationships)) / Math.max(1, snapshot.relationships.length),
  };
  return { explorerDir, visDir, sigmaDir, payload, manifest };
}
