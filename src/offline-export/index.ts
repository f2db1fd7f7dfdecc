// Offline edition: build a snapshot from Neo4j and write it beside a static build of the explorer.
export { ARTICLE_GRAPH_NAME, buildSnapshot, type SnapshotOptions } from "./build-snapshot.ts";
export { writeSnapshotFiles, SNAPSHOT_FILE, DATA_META } from "./write-site.ts";
export { exportSite, type ExportSiteOptions } from "./export-site.ts";
export { readNotesForExport } from "./read-notes.ts";
