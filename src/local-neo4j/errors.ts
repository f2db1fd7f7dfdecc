// The error of the bundled Neo4j's manager: a local Neo4j that cannot be started, with the reason a user can act on.
import { AppError } from "../server/errors.ts";

export class LocalNeo4jError extends AppError {
  constructor(message: string, details?: unknown) {
    super("local_neo4j", message, details);
  }
}
