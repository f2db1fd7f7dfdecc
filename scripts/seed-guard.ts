// Started by `npm run seed` for a load that changes schema: puts the schema back if the loader dies (src/seed/schema-guard.ts).
import { runSchemaGuard } from "../src/seed/schema-guard.ts";

process.exitCode = (await runSchemaGuard(process.stdin, (line) => console.error(line))) ? 0 : 1;
