// Shared wrapper for command-line entry points: typed errors print their message, others their stack.
import { AppError } from "../src/server/errors.ts";

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof AppError) console.error(`error: ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  }
}
