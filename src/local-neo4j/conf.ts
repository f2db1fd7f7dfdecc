// Renders neo4j.conf for a local, loopback-only, offline-friendly instance.
export interface ConfInput {
  port: number;
  pagecache: string;
  /** More `key=value` lines, after the explorer's own (a benchmark's variants). */
  settings?: readonly string[] | undefined;
}

export function renderConf({ port, pagecache, settings = [] }: ConfInput): string {
  return [
    "# Written by the explorer on every start; edits here are overwritten.",
    "server.default_listen_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    // The explorer speaks Bolt only; no HTTP API or browser is exposed.
    "server.http.enabled=false",
    "server.https.enabled=false",
    // The default page cache is half the machine's memory.
    `server.memory.pagecache.size=${pagecache}`,
    // These machines are offline; the report would only time out.
    "dbms.usage_report.enabled=false",
    // Keep LOAD CSV inside the instance's own import folder.
    "server.directories.import=import",
    "dbms.security.auth_enabled=true",
    // Every stop otherwise waits out a 5 s quiet period for Bolt's event loops, after the databases are already
    // closed: the offline importer's stop and every Ctrl-C paid it. Nothing is left to run by then.
    "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
    ...settings,
    "",
  ].join("\n");
}
