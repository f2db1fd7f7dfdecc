// The project's folder (where graph/, .data/ and dist/ live), whatever the directory a command is started from.

export function projectRoot(): string {
  return new URL("../../../", import.meta.url).pathname;
}
