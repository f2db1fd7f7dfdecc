// Refuses, before it runs, any query whose plan writes, changes schema, loads files or calls an admin procedure.
import { accessMode, type Driver, type ProfiledPlan } from "../db/driver-types.ts";
import { ForbiddenError } from "../errors.ts";
import { mapDbError } from "../db/map-error.ts";
import { unprefixError } from "./explain-position.ts";
import { EXPLAIN_PREFIX, explainQuery } from "../queries/admin.ts";

/** Read-only procedures a journalist's query may call; everything else under dbms.* or outside db.* is refused. */
const ALLOWED_PROCEDURE =
  /^(db\.(labels|relationshipTypes|propertyKeys|schema\.\w+|index\.fulltext\.queryNodes|index\.fulltext\.queryRelationships|index\.vector\.queryNodes)|dbms\.components)$/i;

/**
 * SHOW and TERMINATE commands plan as reads, yet SHOW TRANSACTIONS lists other users' queries and parameters,
 * SHOW SETTINGS the server's configuration, and TERMINATE TRANSACTIONS kills other users' work: only the
 * catalogue listings below pass.
 */
const ALLOWED_COMMAND = /^Show(Indexes|Constraints|Procedures|Functions)$/;

type PlanNode = Pick<ProfiledPlan, "operatorType" | "arguments" | "children">;

function* operators(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.children ?? []) yield* operators(child);
}

function procedureName(op: PlanNode): string | undefined {
  const signature = String(op.arguments?.["Signature"] ?? op.arguments?.["Details"] ?? "");
  return /([A-Za-z_][\w.]*)\s*\(/.exec(signature)?.[1];
}

/** Throws ForbiddenError (403) for anything but a plain read; a syntax error surfaces here as a CypherError. */
export async function assertReadOnly(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: accessMode.READ });
  let summary;
  try {
    summary = await session.run(explainQuery(cypher), params).summary();
  } catch (error) {
    // Neo4j counts positions in the prefixed text; the editor marks them in the user's.
    throw unprefixError(mapDbError(error), EXPLAIN_PREFIX.length);
  } finally {
    await session.close();
  }
  const kind = summary.queryType;
  if (kind !== "r") {
    const what =
      kind === "s"
        ? "is a schema or administration command"
        : kind === "w" || kind === "rw"
          ? "writes to the graph"
          : "is not a read query";
    throw new ForbiddenError(`Refused: this query ${what}. The explorer runs read-only queries only.`, {
      queryType: kind,
    });
  }
  for (const op of summary.plan ? operators(summary.plan as unknown as PlanNode) : []) {
    const type = op.operatorType.split("@")[0] ?? "";
    if (/^(Show|Terminate)/.test(type) && !ALLOWED_COMMAND.test(type)) {
      throw new ForbiddenError(`Refused: ${type} is an administration command; the explorer runs graph reads only.`, {
        operator: type,
      });
    }
    if (/LoadCSV/i.test(type))
      throw new ForbiddenError("Refused: LOAD CSV reads files or URLs; the explorer runs graph reads only.", {
        operator: type,
      });
    if (/ProcedureCall/i.test(type)) {
      const name = procedureName(op);
      if (!name || !ALLOWED_PROCEDURE.test(name)) {
        throw new ForbiddenError(`Refused: procedure ${name ?? "(unknown)"} is not on the explorer's read-only list.`, {
          procedure: name ?? null,
        });
      }
    }
  }
}
