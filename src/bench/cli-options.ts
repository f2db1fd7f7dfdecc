// What every benchmark command shares: its numeric options, the command line it reports, and writing its section.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { BadRequestError } from "../server/errors.ts";
import { spliceNamedSection } from "./markdown-section.ts";

export interface NumberRule {
  /** Default true. */
  whole?: boolean;
  /** Default true: zero is refused. */
  positive?: boolean;
}

/** Reads numeric options ("1_000_000" allowed); a bad one is refused naming the option and showing the usage. */
export function numberOptions(usage: string) {
  return (name: string, value: string, { whole = true, positive = true }: NumberRule = {}): number => {
    const n = Number(value.replace(/_/g, ""));
    const ok = Number.isFinite(n) && (whole ? Number.isInteger(n) : true) && (positive ? n > 0 : n >= 0);
    if (!ok)
      throw new BadRequestError(
        `--${name} must be a ${positive ? "positive " : ""}${whole ? "whole " : ""}number, got ${value}\n${usage}`,
      );
    return n;
  };
}

/** The command as the report shows it: `npm run <script> -- <arguments>`, without --write. */
export const benchCommand = (script: string): string =>
  `npm run ${script} -- ${process.argv
    .slice(2)
    .filter((a) => a !== "--write")
    .join(" ")}`.trim();

/** Prints the section and, with `write`, puts it into BENCHMARKS.md, re-read right before: others may have written meanwhile. */
export async function publishSection(root: string, name: string, section: string, write: boolean): Promise<void> {
  console.log(`\n${section}`);
  if (!write) return;
  const file = join(root, "BENCHMARKS.md");
  await writeFile(file, spliceNamedSection(await readFile(file, "utf8"), name, section));
  console.log(`\nWrote the ${name} section of ${file}`);
}
