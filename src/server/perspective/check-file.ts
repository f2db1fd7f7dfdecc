// A perspective file checked against its schema (zod) and against the graph (labels, types and caption properties
// that exist): the file's perspective when sound, else the generated one with problems naming key and line.
import {
  generatePerspective,
  PerspectiveSchema,
  type GraphSchema,
  type Perspective,
  type PerspectiveProblem,
  type PerspectiveResponse,
} from "../../shared/index.ts";
import { lineOfPath, lineOfSyntaxError, type JsonPath } from "./line-of-path.ts";

export interface PerspectiveFile {
  /** As shown in problems: the path the server was given. */
  name: string;
  /** The file's text; null when it could not be read. */
  text: string | null;
  readError?: string;
}

const dotted = (path: JsonPath) => path.map(String).join(".");

/** What the graph contradicts in a well-formed perspective: unknown labels and types, properties no node has. */
function graphProblems(perspective: Perspective, schema: GraphSchema): { path: JsonPath; message: string }[] {
  const problems: { path: JsonPath; message: string }[] = [];
  const labels = new Map(schema.labels.map((l) => [l.name, l]));
  const types = new Set(schema.relationshipTypes.map((t) => t.name));
  for (const [name, style] of Object.entries(perspective.labels)) {
    const label = labels.get(name);
    if (!label) {
      problems.push({ path: ["labels", name], message: `no node has the label ${name}` });
      continue;
    }
    const keys = new Set(label.properties.map((p) => p.key));
    const missing = (key: string) => !keys.has(key);
    const what = schema.sampled && label.count > schema.sampleSize ? `no sampled ${name} node` : `no ${name} node`;
    if (style.caption !== null && missing(style.caption))
      problems.push({ path: ["labels", name, "caption"], message: `${what} has the property ${style.caption}` });
    for (const [language, key] of Object.entries(style.captionByLanguage))
      if (key && missing(key))
        problems.push({
          path: ["labels", name, "captionByLanguage", language],
          message: `${what} has the property ${key}`,
        });
    if (style.size.by === "property" && missing(style.size.property))
      problems.push({
        path: ["labels", name, "size", "property"],
        message: `${what} has the property ${style.size.property}`,
      });
  }
  for (const type of Object.keys(perspective.relationshipTypes))
    if (!types.has(type))
      problems.push({ path: ["relationshipTypes", type], message: `no relationship has the type ${type}` });
  return problems;
}

/** The perspective to serve: the file's when it is sound, else the generated one with the file's problems. */
export function resolvePerspective(file: PerspectiveFile | null, schema: GraphSchema): PerspectiveResponse {
  const generated = (problems: PerspectiveProblem[]): PerspectiveResponse => ({
    perspective: generatePerspective(schema),
    source: "generated",
    problems,
  });
  if (!file) return generated([]);
  const problem = (path: JsonPath, line: number | null, message: string): PerspectiveProblem => ({
    file: file.name,
    path: dotted(path),
    line,
    message,
  });
  if (file.text === null) return generated([problem([], null, `cannot be read: ${file.readError ?? "unknown error"}`)]);
  const text = file.text;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return generated([problem([], lineOfSyntaxError(text, error), `is not valid JSON: ${(error as Error).message}`)]);
  }
  const parsed = PerspectiveSchema.safeParse(json);
  if (!parsed.success)
    return generated(
      parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
        return problem(path, lineOfPath(text, path), issue.message);
      }),
    );
  const problems = graphProblems(parsed.data, schema).map((p) => problem(p.path, lineOfPath(text, p.path), p.message));
  if (problems.length) return generated(problems);
  return { perspective: parsed.data, source: "file", problems: [] };
}

/** One line per problem, as the server logs them at start: `graph/perspective.json:12 labels.Person.color: ...`. */
export function formatProblem(p: PerspectiveProblem): string {
  return `${p.file}${p.line === null ? "" : `:${p.line}`}${p.path ? ` ${p.path}` : ""}: ${p.message}`;
}
