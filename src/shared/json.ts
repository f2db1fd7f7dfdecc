// JSON values as they cross the wire: the only property shape the client ever sees.
import { z } from "zod";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

export const PropertiesSchema = z.record(z.string(), JsonValueSchema);
export type Properties = z.infer<typeof PropertiesSchema>;
