// One-line, human-readable summaries of seed reports, shared by `npm run seed` and `npm start`.
import { addCounters, emptyCounters } from "./counters.ts";
import type { SeedFailure } from "./errors.ts";
import type { FileReport, ResetReport, SeedReport, UpdateCounters } from "./types.ts";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function changes(c: UpdateCounters): string {
  const parts = [
    `${count(c.nodesCreated, "node", "nodes")} and ${count(c.relationshipsCreated, "relationship", "relationships")} created`,
    `${count(c.propertiesSet, "property", "properties")} set`,
  ];
  // Deletions are rare in seed scripts; mentioning them only when they happen keeps the usual line short.
  if (c.nodesDeleted || c.relationshipsDeleted) {
    parts.push(
      `${count(c.nodesDeleted, "node", "nodes")} and ${count(c.relationshipsDeleted, "relationship", "relationships")} deleted`,
    );
  }
  return parts.join(", ");
}

export function formatFileReport(r: FileReport): string {
  return `${r.file}: ${count(r.statements, "statement", "statements")}, ${changes(r.counters)} (${r.elapsedMs} ms)`;
}

export function formatSeedSummary(report: SeedReport): string {
  const total = emptyCounters();
  for (const f of report.files) addCounters(total, f.counters);
  const statements = report.files.reduce((n, f) => n + f.statements, 0);
  const files = count(report.files.length, "file", "files");
  return `${files}, ${count(statements, "statement", "statements")}, ${changes(total)} (${report.elapsedMs} ms)`;
}

export function formatReset(r: ResetReport): string {
  const deleted = `${count(r.nodesDeleted, "node", "nodes")} and ${count(r.relationshipsDeleted, "relationship", "relationships")} deleted`;
  const dropped = r.constraintsDropped + r.indexesDropped;
  const schema = dropped
    ? `, ${count(r.constraintsDropped, "constraint", "constraints")} and ${count(r.indexesDropped, "index", "indexes")} dropped`
    : "";
  return `reset: ${deleted}${schema}`;
}

/** What a failed load left: said exactly, since "nothing was changed" has to be true when printed. */
export function formatOutcome(o: Pick<SeedFailure, "phase" | "schemaCommitted" | "undone" | "leftOver">): string {
  if (o.phase === "check") return "Nothing was changed: every statement is checked before the load writes anything.";
  const data =
    o.phase === "data"
      ? "the data transaction (with the reset's delete, if any) was rolled back"
      : "it failed before the data transaction began";
  const committed = o.schemaCommitted.length
    ? `the schema statements that had committed on their own were ${o.schemaCommitted.join(", ")}`
    : "no schema statement had committed";
  const lines = [`No data was loaded: ${data}; ${committed}.`];
  if (o.undone.length) lines.push(`Schema put back as it was before the run: ${o.undone.join(", ")}.`);
  else if (!o.leftOver.length && o.schemaCommitted.length) lines.push("They left the schema as it was before the run.");
  if (o.leftOver.length) lines.push(`Neo4j could not be reached to put back ${o.leftOver.join(", ")}.`);
  else lines.push("The database is as it was before the run.");
  return lines.join("\n");
}
