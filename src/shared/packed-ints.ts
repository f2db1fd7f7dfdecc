// Whole numbers packed into one text, for the compact graph's integer columns (ids, ends, indexes): each number is its
// change from the one before, written in the source map's base-64 variable-length code (five bits a character, the
// lowest bit of the first one the sign). One JSON string costs the parser and the zod check nothing per number, and a
// rising column (ids, start nodes) takes one or two characters a number instead of five or six.

const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const CODES = Array.from(DIGITS, (c) => c.charCodeAt(0));
/** A character's digit value (0–63), -1 for any other character. */
const VALUES = new Int8Array(128).fill(-1);
for (const [i, code] of CODES.entries()) VALUES[code] = i;

/**
 * The largest magnitude packed: changes stay under 2^51 and their doubled, signed form under 2^52, so plain arithmetic
 * (not 32-bit operators, as source maps use) keeps every digit. Ids' numeric tails (15 digits at most) fit.
 */
export const MAX_PACKED = 2 ** 50 - 1;

/** Whether a number can be packed exactly (whole, within ±MAX_PACKED, not -0). */
export const packable = (value: number): boolean =>
  Number.isInteger(value) && Math.abs(value) <= MAX_PACKED && !Object.is(value, -0);

/** Characters gathered in chunks: String.fromCharCode takes a bounded argument list. */
const CHUNK = 8192;

export function packInts(values: readonly number[]): string {
  const parts: string[] = [];
  const codes: number[] = [];
  let last = 0;
  for (const value of values) {
    if (!packable(value)) throw new RangeError(`packInts: ${value} is no whole number within ±${MAX_PACKED}`);
    const change = value - last;
    last = value;
    let rest = change < 0 ? -change * 2 + 1 : change * 2;
    for (;;) {
      const digit = rest % 32;
      rest = Math.floor(rest / 32);
      codes.push(CODES[rest > 0 ? digit + 32 : digit] as number);
      if (rest === 0) break;
    }
    if (codes.length >= CHUNK) parts.push(String.fromCharCode(...codes.splice(0)));
  }
  parts.push(String.fromCharCode(...codes));
  return parts.join("");
}

/** The numbers packInts wrote; throws RangeError naming the character that breaks the code. */
export function unpackInts(text: string): number[] {
  const out: number[] = [];
  let last = 0;
  let rest = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? (VALUES[code] as number) : -1;
    if (digit < 0) throw new RangeError(`character ${i} (${JSON.stringify(text[i])}) is no base-64 digit`);
    rest += (digit & 31) * scale;
    if (digit >= 32) {
      scale *= 32;
      if (scale > 2 ** 50) throw new RangeError(`the number ending at character ${i} is too long`);
      continue;
    }
    last += rest % 2 === 1 ? -(rest - 1) / 2 : rest / 2;
    if (Math.abs(last) > MAX_PACKED) throw new RangeError(`the number ending at character ${i} is past ±2^50`);
    out.push(last);
    rest = 0;
    scale = 1;
  }
  if (scale !== 1) throw new RangeError(`the text ends inside a number (${text.length} characters)`);
  return out;
}
