// File layout of a local Neo4j instance; one function so every module agrees on it.
import { resolve, join } from "node:path";

export function instancePaths(root: string, dataDir: string, version: string) {
  const dir = resolve(root, dataDir);
  const home = join(dir, "home");
  return {
    dir,
    home,
    conf: join(home, "conf"),
    logs: join(home, "logs"),
    state: join(dir, "state.json"),
    password: join(dir, "password"),
    pendingPassword: join(dir, "password.pending"),
    // Jars are shared by every instance (dev and test) of one Neo4j version.
    lib: resolve(root, ".data", "neo4j-lib", version),
    // What `java -version` said, for as long as the same Java is installed (java.ts).
    javaCheck: resolve(root, ".data", "neo4j-lib", "java-version.json"),
    pom: resolve(root, "graph", "neo4j", "pom.xml"),
  };
}

export type InstancePaths = ReturnType<typeof instancePaths>;
