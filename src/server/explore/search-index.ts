// Search on any graph: the perspective whose captions and names are searched, the explorer-managed full-text index
// over them (`explorer_names`), and which way a search can go (the article's index, ours, or a bounded scan).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { nameKeys, type GraphSchema, type Perspective, type PerspectiveProblem } from "../../shared/index.ts";
import type { Driver } from "../db/driver-types.ts";
import { readRecords, type ReadContext } from "../db/read.ts";
import { readPerspectiveFile, resolvePerspective } from "../perspective/index.ts";
import { discoverSchema } from "./graph-schema.ts";
import { schemaCounts } from "./schema.ts";
import { bumpDbVersion } from "../answer-cache/db-version.ts";
import {
  ARTICLE_INDEX,
  AWAIT_EXPLORER_INDEX,
  createExplorerIndex,
  DROP_EXPLORER_INDEX,
  EXPLORER_INDEX,
  SHOW_SEARCH_INDEXES,
} from "../queries/search-index.ts";

const SAMPLE = 200;

/** Labels and the string properties searched on each: what `explorer_names` covers. */
export interface IndexPlan {
  labels: string[];
  properties: string[];
  /** Per label, the properties that name it (for the report). */
  byLabel: Record<string, string[]>;
}

export type IndexState = { name: typeof ARTICLE_INDEX | typeof EXPLORER_INDEX; labels: string[]; properties: string[] };

/**
 * The graph's perspective as the page gets it (its perspective.json when sound, else one generated), from the same
 * schema discovery as /api/schema: what names a node, for search and for explorer_names.
 */
export async function searchPerspective(
  ctx: ReadContext,
  graphDir?: string,
): Promise<{ perspective: Perspective; schema: GraphSchema; problems: PerspectiveProblem[] }> {
  const schema = await discoverSchema(ctx, await schemaCounts(ctx), SAMPLE);
  const path = graphDir ? join(graphDir, "perspective.json") : undefined;
  const file = path && existsSync(path) ? await readPerspectiveFile(path) : null;
  const { perspective, problems } = resolvePerspective(file, schema);
  return { perspective, schema, problems };
}

/** What explorer_names covers: each label's naming keys that hold text (strings or lists of strings) in the sample. */
export function indexPlan(perspective: Perspective, schema: GraphSchema): IndexPlan {
  const byLabel: Record<string, string[]> = {};
  for (const [label, style] of Object.entries(perspective.labels)) {
    const sampled = schema.labels.find((l) => l.name === label);
    if (!sampled) continue;
    const textual = (key: string) =>
      sampled.properties.some((p) => p.key === key && (p.types.includes("string") || p.types.includes("list")));
    const keys = nameKeys(style).filter(textual);
    if (keys.length) byLabel[label] = keys;
  }
  const labels = Object.keys(byLabel).sort();
  const properties = [...new Set(Object.values(byLabel).flat())].sort();
  return { labels, properties, byLabel };
}

/** The search index in place: the article's entity_names first, else an ONLINE explorer_names, else none. */
export async function searchIndexState(ctx: ReadContext): Promise<IndexState | undefined> {
  const records = await readRecords(ctx, SHOW_SEARCH_INDEXES);
  const online = records.filter((r) => r.get("state") === "ONLINE");
  const pick = (name: string) => online.find((r) => r.get("name") === name);
  const found = pick(ARTICLE_INDEX) ?? pick(EXPLORER_INDEX);
  if (!found) return undefined;
  return {
    name: found.get("name") as IndexState["name"],
    labels: [...(found.get("labelsOrTypes") as string[])].sort(),
    properties: [...(found.get("properties") as string[])].sort(),
  };
}

export interface IndexReport {
  action: "created" | "recreated" | "unchanged" | "article" | "nothing";
  plan: IndexPlan;
  elapsedMs: number;
}

/**
 * Makes explorer_names cover exactly the plan: nothing to do when it already does (or when the article's
 * entity_names is there, which search prefers), else drop and create, then wait until it is ONLINE. A write.
 */
export async function ensureSearchIndex(driver: Driver, database: string, graphDir?: string): Promise<IndexReport> {
  const t0 = performance.now();
  const ctx: ReadContext = { driver, database, timeoutMs: 60_000 };
  const { perspective, schema } = await searchPerspective(ctx, graphDir);
  const plan = indexPlan(perspective, schema);
  const elapsed = () => Math.round(performance.now() - t0);
  const { records } = await driver.executeQuery(SHOW_SEARCH_INDEXES, {}, { database });
  const existing = new Map(records.map((r) => [r.get("name") as string, r]));
  if (existing.has(ARTICLE_INDEX)) return { action: "article", plan, elapsedMs: elapsed() };
  const current = existing.get(EXPLORER_INDEX);
  const same = (a: unknown, b: string[]) => JSON.stringify([...(a as string[])].sort()) === JSON.stringify(b);
  if (
    current &&
    current.get("state") === "ONLINE" &&
    current.get("analyzer") === "cjk" &&
    same(current.get("labelsOrTypes"), plan.labels) &&
    same(current.get("properties"), plan.properties)
  )
    return { action: "unchanged", plan, elapsedMs: elapsed() };
  // Search answers change with the index: a running explorer's cached ones go out of date.
  if (current) {
    await driver.executeQuery(DROP_EXPLORER_INDEX, {}, { database });
    await bumpDbVersion(driver, database);
  }
  if (!plan.labels.length) return { action: "nothing", plan, elapsedMs: elapsed() };
  await driver.executeQuery(createExplorerIndex(plan.labels, plan.properties), {}, { database });
  await driver.executeQuery(AWAIT_EXPLORER_INDEX, {}, { database });
  await bumpDbVersion(driver, database);
  return { action: current ? "recreated" : "created", plan, elapsedMs: elapsed() };
}

export function formatIndexReport(report: IndexReport): string {
  const labels = Object.entries(report.plan.byLabel)
    .map(([label, keys]) => `${label} (${keys.join(", ")})`)
    .join(", ");
  const took = `${report.elapsedMs} ms`;
  switch (report.action) {
    case "article":
      return `Search index: the article's ${ARTICLE_INDEX} is in place and search uses it; nothing to do (${took}).`;
    case "nothing":
      return `Search index: no label has a text caption or name to index; search scans instead (${took}).`;
    case "unchanged":
      return `Search index ${EXPLORER_INDEX} is up to date: ${labels} (${took}).`;
    default:
      return `Search index ${EXPLORER_INDEX} ${report.action} over ${labels} in ${took}.`;
  }
}
