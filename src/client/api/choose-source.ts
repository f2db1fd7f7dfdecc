// Chooses, once at start, where data comes from: the live API, or the snapshot a static export names in a meta tag.
import type { Snapshot } from "../../shared/index.ts";
import { createHttpDataSource } from "./index.ts";
import { createQueryClient, type QueryClient } from "./query-client.ts";
import { createSnapshotDataSource } from "./snapshot-source.ts";
import { createSnapshotQueryClient } from "./snapshot-query-client.ts";
import { loadSnapshot } from "./snapshot-loader.ts";
import type { DataSource } from "./types.ts";

export interface Sources {
  data: DataSource;
  queries: QueryClient;
  /** Present in the offline edition: shown in the page, and used to mark live-only features unavailable. */
  snapshot?: Snapshot;
}

export function snapshotUrl(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="explorer-data"]')?.content || null;
}

export async function chooseSources(doc: Document = document): Promise<Sources> {
  const url = snapshotUrl(doc);
  if (!url) return { data: createHttpDataSource(), queries: createQueryClient() };
  const { snapshot, search } = await loadSnapshot(url);
  return { data: createSnapshotDataSource(snapshot, search), queries: createSnapshotQueryClient(snapshot), snapshot };
}
