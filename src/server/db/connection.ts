// Where the database is: a user's server from NEO4J_URI, or the bundled local Neo4j.
export interface Connection {
  uri: string;
  username: string;
  password: string;
  database: string;
}
