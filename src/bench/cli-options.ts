// What every benchmark command shares: its options declared once (usage, --help, numeric rules, --write), the
// command line it reports, and writing its section.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
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

type ReadNumber = ReturnType<typeof numberOptions>;

/** One option of a benchmark command: how it is shown in the usage, and how its text becomes a value. */
export interface BenchOption<T> {
  kind: "string" | "boolean";
  default?: string;
  /** Shown in the usage for an option without a default ("N"). */
  hint?: string;
  /** A line of help under the usage. */
  help?: string;
  read: (name: string, raw: string | boolean | undefined, num: ReadNumber) => T;
}

type Described = { hint?: string; help?: string };

/** A number option, whole and positive unless the rule says otherwise; without a default it may be left out. */
export function numberOption(dflt: string, rule?: NumberRule & Described): BenchOption<number>;
export function numberOption(dflt?: undefined, rule?: NumberRule & Described): BenchOption<number | undefined>;
export function numberOption(dflt?: string, rule: NumberRule & Described = {}): BenchOption<number | undefined> {
  return {
    kind: "string",
    default: dflt,
    hint: rule.hint,
    help: rule.help,
    read: (name, raw, num) => (typeof raw === "string" ? num(name, raw, rule) : undefined),
  };
}

/** A comma-separated list of numbers ("1000,10000"), each under the rule; empty items are skipped. */
export function numberListOption(dflt: string, rule?: NumberRule & Described): BenchOption<number[]>;
export function numberListOption(dflt?: undefined, rule?: NumberRule & Described): BenchOption<number[] | undefined>;
export function numberListOption(dflt?: string, rule: NumberRule & Described = {}): BenchOption<number[] | undefined> {
  return {
    kind: "string",
    default: dflt,
    hint: rule.hint,
    help: rule.help,
    read: (name, raw, num) =>
      typeof raw === "string"
        ? raw
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
            .map((x) => num(name, x, rule))
        : undefined,
  };
}

/** A text option, read as given (its own rules, if any, are the command's). */
export function textOption(dflt: string, described?: Described): BenchOption<string>;
export function textOption(dflt?: undefined, described?: Described): BenchOption<string | undefined>;
export function textOption(dflt?: string, described: Described = {}): BenchOption<string | undefined> {
  return { kind: "string", default: dflt, ...described, read: (_, raw) => (typeof raw === "string" ? raw : undefined) };
}

/** An on/off option, off unless given. */
export function flagOption(described: Described = {}): BenchOption<boolean> {
  return { kind: "boolean", ...described, read: (_, raw) => raw === true };
}

export interface BenchCommandSpec<O extends Record<string, BenchOption<unknown>>> {
  /** The npm script ("bench:diff"): the usage line and the command the report shows. */
  script: string;
  /** What the command does, under the usage line (lines of their own). */
  about?: string;
  /** The BENCHMARKS.md section --write fills; without one the command takes no --write. */
  writes?: string;
  options: O;
}

export interface BenchArgs<V> {
  values: V;
  /** --write was given. */
  write: boolean;
  /** The command as the report shows it. */
  command: string;
  usage: string;
  /** Refuses a number the command reads itself (inside a text option), as the declared ones are. */
  num: ReadNumber;
}

type ValuesOf<O> = { [K in keyof O]: O[K] extends BenchOption<infer T> ? T : never };

const WIDTH = 118;

/** "usage: npm run x -- [--a 1] [--b N] …" wrapped under itself, then the command's text and the options' help. */
export function benchUsage(spec: BenchCommandSpec<Record<string, BenchOption<unknown>>>): string {
  const head = `usage: npm run ${spec.script} -- `;
  const items = Object.entries(spec.options).map(([name, o]) => {
    const shown = o.kind === "boolean" ? "" : ` ${o.default ?? o.hint ?? "VALUE"}`;
    return `[--${name}${shown}]`;
  });
  if (spec.writes) items.push("[--write]");
  const lines = [head];
  for (const item of items) {
    const last = lines.length - 1;
    if (lines[last]!.trim() && lines[last]!.length + item.length + 1 > WIDTH) lines.push(" ".repeat(head.length));
    lines[lines.length - 1] += (lines[lines.length - 1]!.endsWith(" ") ? "" : " ") + item;
  }
  const helps = Object.entries(spec.options).flatMap(([name, o]) => (o.help ? [[`--${name}`, o.help] as const] : []));
  if (spec.writes)
    helps.push([
      "--write",
      `put the figures into BENCHMARKS.md (its ${spec.writes} section; other sections stay)`,
    ] as const);
  const width = Math.max(0, ...helps.map(([flag]) => flag.length));
  const about = spec.about ? spec.about.split("\n").map((line) => `  ${line}`) : [];
  const help = helps.map(([flag, text]) =>
    text
      .split("\n")
      .map((line, i) => `  ${(i === 0 ? flag : "").padEnd(width)}  ${line}`)
      .join("\n"),
  );
  return [...lines.map((l) => l.trimEnd()), ...about, ...help].join("\n");
}

/**
 * Reads a benchmark command's options (process.argv by default). With --help it prints the usage and returns null;
 * an unknown option or a bad value is refused naming the option, with the usage.
 */
export function benchArgs<O extends Record<string, BenchOption<unknown>>>(
  spec: BenchCommandSpec<O>,
  args: string[] = process.argv.slice(2),
): BenchArgs<ValuesOf<O>> | null {
  const usage = benchUsage(spec);
  const options: Record<string, { type: "string" | "boolean"; default?: string | boolean; short?: string }> = {
    help: { type: "boolean", short: "h", default: false },
  };
  for (const [name, o] of Object.entries(spec.options))
    options[name] =
      o.kind === "boolean"
        ? { type: "boolean", default: false }
        : { type: "string", ...(o.default === undefined ? {} : { default: o.default }) };
  if (spec.writes) options.write = { type: "boolean", default: false };
  let raw: Record<string, string | boolean | undefined>;
  try {
    raw = parseArgs({ args, options }).values as typeof raw;
  } catch (error) {
    throw new BadRequestError(`${(error as Error).message}\n${usage}`);
  }
  if (raw.help) {
    console.log(usage);
    return null;
  }
  const num = numberOptions(usage);
  const values = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [name, o.read(name, raw[name], num)]),
  ) as ValuesOf<O>;
  return { values, write: raw.write === true, command: benchCommand(spec.script, args), usage, num };
}

/** The command as the report shows it: `npm run <script> -- <arguments>`, without --write. */
export const benchCommand = (script: string, args: string[] = process.argv.slice(2)): string =>
  `npm run ${script} -- ${args.filter((a) => a !== "--write").join(" ")}`.trim();

/** Prints the section and, with `write`, puts it into BENCHMARKS.md, re-read right before: others may have written meanwhile. */
export async function publishSection(root: string, name: string, section: string, write: boolean): Promise<void> {
  console.log(`\n${section}`);
  if (!write) return;
  const file = join(root, "BENCHMARKS.md");
  await writeFile(file, spliceNamedSection(await readFile(file, "utf8"), name, section));
  console.log(`\nWrote the ${name} section of ${file}`);
}
