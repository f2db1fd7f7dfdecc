// Shapes of the bundled local Neo4j: where it lives, how it is configured, what is running.
export interface LocalNeo4jOptions {
  /** Project root: graph/neo4j/pom.xml and .data/ are resolved from here. */
  root: string;
  /** Folder that holds this instance's home (conf, data, logs), password and state. */
  dataDir: string;
  /** Preferred Bolt port; the next free one is used when it is taken by something else. */
  port: number;
  heap: string;
  pagecache: string;
  /**
   * JVM class-data sharing (class-data-sharing.ts): `npm start` and `npm run neo4j:start` turn it on. Off by default,
   * so test and benchmark instances, started and thrown away by the dozen, never spend their stop writing an archive.
   */
  classDataSharing?: boolean;
  /**
   * The offline importer's JVM maps an archive of its own too (written by its first run). On by default when
   * classDataSharing is on; off is the benchmark's old way.
   */
  importerClassDataSharing?: boolean;
  /**
   * Run the fetched jars as they are (`lib/*`), the signed ones included, instead of with unsigned copies of those
   * (classpath.ts). The benchmark's old way: class-data sharing then leaves the signed jars' classes out.
   */
  jarsAsFetched?: boolean;
  /** More neo4j.conf lines (`key=value`), after the explorer's own (a benchmark's variants). */
  settings?: readonly string[];
  /** More JVM options, after the explorer's own (a benchmark's variants). */
  jvmOptions?: readonly string[];
  /** Ready once SHOW DATABASE says online, instead of once the database takes a transaction (the benchmark's old way). */
  readinessByStatusQuery?: boolean;
  /** Progress lines for the user (start-up is slow the first time, when jars are fetched). */
  log?: (line: string) => void;
}

/** Written to <dataDir>/state.json while the server runs. */
export interface LocalState {
  pid: number;
  port: number;
  uri: string;
  version: string;
  startedAt: string;
  /** The class-data sharing archive this JVM writes when it exits (promoted on a normal stop). */
  archivePart?: string;
}

export interface LocalStatus {
  running: boolean;
  state?: LocalState;
  dataDir: string;
}
