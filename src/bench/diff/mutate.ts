// Makes version B of a generated data set: a copy of A with 1% of its facts changed, chosen by position so the same
// A always gives the same B. Entities: half of the 1% get a new description, half a new id (their relationships
// follow). Relationships: a third of the 1% get a new quote, a third are removed, a third are added (reversed).
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface Mutation {
  entitiesChanged: number;
  entitiesRekeyed: number;
  relationshipsChanged: number;
  relationshipsRemoved: number;
  relationshipsAdded: number;
}

interface EntityLine {
  label: string;
  props: Record<string, unknown> & { id: string };
}
interface RelationshipLine {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

async function* lines(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity }))
    if (line.trim()) yield line;
}

async function writeLines(path: string, rows: AsyncIterable<string>): Promise<void> {
  const out = createWriteStream(path, "utf8");
  let chunk = "";
  for await (const row of rows) {
    chunk += `${row}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

export async function mutateDataset(from: string, to: string): Promise<Mutation> {
  await mkdir(to, { recursive: true });
  const manifest = JSON.parse(await readFile(join(from, "manifest.json"), "utf8")) as {
    relationships: number;
    files: { entities: string; relationships: string };
  };
  const m: Mutation = {
    entitiesChanged: 0,
    entitiesRekeyed: 0,
    relationshipsChanged: 0,
    relationshipsRemoved: 0,
    relationshipsAdded: 0,
  };
  const renamed = new Map<string, string>();
  let i = 0;
  await writeLines(
    join(to, manifest.files.entities),
    (async function* () {
      for await (const text of lines(join(from, manifest.files.entities))) {
        const n = i++;
        if (n % 100 !== 7) {
          yield text;
          continue;
        }
        const row = JSON.parse(text) as EntityLine;
        if (n % 200 === 7) {
          row.props.description = `${String(row.props.description)} (updated)`;
          m.entitiesChanged++;
        } else {
          renamed.set(row.props.id, `${row.props.id}-renamed`);
          row.props.id = `${row.props.id}-renamed`;
          m.entitiesRekeyed++;
        }
        yield JSON.stringify(row);
      }
    })(),
  );
  let j = 0;
  await writeLines(
    join(to, manifest.files.relationships),
    (async function* () {
      for await (const text of lines(join(from, manifest.files.relationships))) {
        const n = j++;
        const row = JSON.parse(text) as RelationshipLine;
        row.from = renamed.get(row.from) ?? row.from;
        row.to = renamed.get(row.to) ?? row.to;
        if (n % 300 === 113) {
          m.relationshipsRemoved++;
          continue;
        }
        if (n % 300 === 13) {
          row.props.quote = `${String(row.props.quote)} (corrected)`;
          m.relationshipsChanged++;
        }
        yield JSON.stringify(row);
        if (n % 300 === 213) {
          m.relationshipsAdded++;
          yield JSON.stringify({ ...row, from: row.to, to: row.from });
        }
      }
    })(),
  );
  const relationships = manifest.relationships - m.relationshipsRemoved + m.relationshipsAdded;
  await writeFile(join(to, "manifest.json"), `${JSON.stringify({ ...manifest, relationships }, null, 2)}\n`);
  return m;
}
