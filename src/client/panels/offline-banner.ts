// Tells the reader of the offline edition what they are looking at: a snapshot, from where, and when.
import { snapshotGraphName, type Snapshot } from "../../shared/index.ts";
import { h } from "../lib/dom.ts";

/** The export's "served from disk?" note (write-site.ts) goes once the explorer runs: it has started, or says why not. */
function clearDiskNote(): void {
  document.getElementById("disk-note")?.remove();
}

/** The script runs, so the page was not blocked from disk: while a big snapshot loads, say only that it is loading. */
export function showSnapshotLoading(): void {
  document.getElementById("disk-note")?.replaceChildren(h("p", {}, h("strong", {}, "Loading the graph snapshot…")));
}

export function mountOfflineBanner(header: HTMLElement, snapshot: Snapshot): void {
  clearDiskNote();
  const date = new Date(snapshot.exportedAt).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  header.after(
    h(
      "p",
      { class: "offline-banner", role: "note", "data-testid": "offline-banner" },
      `Offline snapshot of ${snapshotGraphName(snapshot)} (database ${snapshot.origin.database}, Neo4j ${snapshot.origin.neo4jVersion}), exported ${date}. ` +
        "Search, expand, paths, saved-query results and presentation work; the Cypher editor and new query parameters need a live database.",
    ),
  );
}

/** When the snapshot itself cannot be read, the page says so instead of staying blank. */
export function showStartupFailure(status: HTMLElement, error: unknown): void {
  clearDiskNote();
  status.dataset.state = "error";
  status.replaceChildren(
    h(
      "p",
      { class: "notice notice-error", role: "alert", "data-testid": "status-message" },
      error instanceof Error ? error.message : String(error),
    ),
  );
}
