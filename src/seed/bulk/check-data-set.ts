// Reads a whole generated data set once before a bulk load writes anything (the reset included): a bad line, a
// duplicate id, a relationship to an unknown entity or a count off the manifest fails the run with the database untouched.
import { join } from "node:path";
import { SeedFileError } from "../errors.ts";
import { BulkLoadError } from "./errors.ts";
import { readManifest } from "./manifest.ts";
import { readJsonLines } from "./read-lines.ts";
import { EntityLineSchema, RelationshipLineSchema } from "./rows.ts";

export async function checkDataSet(dir: string): Promise<void> {
  const manifest = await readManifest(dir);
  const entityFile = join(dir, manifest.files.entities);
  const ids = new Set<string>();
  for await (const { row, line } of readJsonLines(entityFile, EntityLineSchema)) {
    if (ids.has(row.props.id))
      throw new SeedFileError(`${entityFile}:${line}: id ${row.props.id} appears twice`, { line });
    ids.add(row.props.id);
  }
  const relFile = join(dir, manifest.files.relationships);
  let relationships = 0;
  for await (const { row, line } of readJsonLines(relFile, RelationshipLineSchema)) {
    for (const end of [row.from, row.to]) {
      if (!ids.has(end))
        throw new SeedFileError(`${relFile}:${line}: no entity with id ${end} in ${manifest.files.entities}`, { line });
    }
    relationships++;
  }
  if (ids.size !== manifest.entities || relationships !== manifest.relationships) {
    throw new BulkLoadError(
      `The files hold ${ids.size} entities and ${relationships} relationships, the manifest says ${manifest.entities} and ${manifest.relationships}: a file is cut short or was edited.`,
    );
  }
}
