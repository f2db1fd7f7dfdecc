// Reads a diff file (chosen by the user, or fetched from `?diff=URL`) and checks it against the shared schema,
// saying which field of which file is wrong.
import { GraphDiffSchema, type GraphDiff } from "../../shared/index.ts";

export function parseDiffText(text: string, name: string): GraphDiff {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const parsed = GraphDiffSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "the file";
  throw new Error(
    `${name} is not a diff written by \`npm run diff -- A B --format json\`: ${where}: ${issue?.message ?? "invalid"}.`,
  );
}

export async function fetchDiff(url: string): Promise<GraphDiff> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the diff ${url}: HTTP ${response.status}.`);
  return parseDiffText(await response.text(), url);
}
