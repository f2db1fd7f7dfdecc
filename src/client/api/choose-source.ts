// Chooses, once at start, where data comes from: the live API, or the snapshot a static export names in a meta tag.
import type { Snapshot } from "../../shared/index.ts";
import type { ApiClient } from "./api-client.ts";
import { createHttpClient } from "./http-client.ts";
import { createSnapshotClient } from "./snapshot-client.ts";
import { loadSnapshot } from "./snapshot-loader.ts";
import { createWorkerCheck } from "./worker-check.ts";

export interface Sources {
  api: ApiClient;
  /** Present in the offline edition: shown in the page, and used to mark live-only features unavailable. */
  snapshot?: Snapshot;
}

export function snapshotUrl(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="explorer-data"]')?.content || null;
}

export async function chooseSources(doc: Document = document): Promise<Sources> {
  const url = snapshotUrl(doc);
  if (!url) return { api: createHttpClient("", undefined, createWorkerCheck()) };
  const { snapshot, search } = await loadSnapshot(url);
  return { api: createSnapshotClient(snapshot, search), snapshot };
}
