// CI's dependency audit: `npm audit --omit=dev` must report no high or critical advisory for what the explorer ships.
// When the registry refuses to answer audits at all, that is said plainly (with npm's error), never counted as a pass;
// --strict turns that case into a failure too.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  message?: string;
  statusCode?: number;
}

const { values } = parseArgs({ options: { strict: { type: "boolean", default: false } } });
// ~/.npmrc may say audit=false; --audit turns it back on for this one command.
const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--audit", "--json"], { encoding: "utf8" });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`npm audit printed no JSON (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
const counts = report.metadata?.vulnerabilities;
if (counts) {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(
    `npm audit --omit=dev: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );
  if (serious > 0) {
    console.error(
      `${serious} high or critical advisories in production dependencies: run \`npm audit --omit=dev\` for details.`,
    );
    process.exit(1);
  }
} else {
  console.warn(
    `WARNING: npm audit could not query the advisory database, so dependencies were NOT audited: ${report.message ?? "(no message)"}`,
  );
  if (values.strict) process.exit(1);
}
