// Streams a JSONL file as validated rows; a bad line stops the load with its file:line and the reason.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { z } from "zod";
import { SeedFileError } from "../errors.ts";

export interface NumberedRow<T> {
  row: T;
  line: number;
}

export async function* readJsonLines<S extends z.ZodType>(
  file: string,
  schema: S,
): AsyncGenerator<NumberedRow<z.output<S>>> {
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === "") continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new SeedFileError(`${file}:${line}: not JSON (${(err as Error).message})`, { file, line });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new SeedFileError(
          `${file}:${line}: ${issue?.path.join(".") || "(row)"} ${issue?.message ?? "is invalid"}`,
          { file, line },
        );
      }
      yield { row: parsed.data, line };
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT")
      throw new SeedFileError(`Cannot read ${file}: no such file`, { file });
    throw err;
  } finally {
    lines.close();
    stream.destroy();
  }
}
