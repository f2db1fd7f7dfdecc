// Builds the OpenAPI 3.1 document from the same zod schemas the routes validate with.
import { z } from "zod";
import { ApiErrorSchema, type Endpoint } from "../../shared/index.ts";

type JsonSchema = Record<string, unknown>;

const schemaOf = (s: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

function parameters(s: z.ZodType | undefined, where: "query" | "path") {
  if (!s) return [];
  const json = schemaOf(s, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema,
  }));
}

export function openApiDocument(table: Readonly<Record<string, Endpoint>>) {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { content: { "application/json": { schema: schemaOf(ApiErrorSchema, "output") } } };
  for (const spec of Object.values(table)) {
    const responses: Record<string, unknown> = {
      [spec.status ?? 200]: {
        description: spec.status === 201 ? "Created" : "OK",
        content: { "application/json": { schema: schemaOf(spec.response, "output") } },
      },
    };
    for (const code of spec.errors) responses[code] = { description: `Error ${code}`, ...error };
    paths[spec.path] = {
      ...paths[spec.path],
      [spec.method.toLowerCase()]: {
        summary: spec.summary,
        parameters: [...parameters(spec.params, "path"), ...parameters(spec.query, "query")],
        ...(spec.body
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: schemaOf(spec.body, "input") } },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return { openapi: "3.1.0", info: { title: "Knowledge-graph explorer API", version: "1.0.0" }, paths };
}
