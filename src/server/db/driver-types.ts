// The neo4j-driver types and session modes the rest of the server names, so only src/server/db imports neo4j-driver.
import neo4j from "neo4j-driver";

export type {
  Driver,
  Integer,
  Node,
  Path,
  ProfiledPlan,
  Record as Neo4jRecord,
  Relationship,
  Session,
  Transaction,
} from "neo4j-driver";

/** READ or WRITE, as a session's default access mode. */
export const accessMode = neo4j.session;
