// The offline edition's tests serve folders the way the benchmarks do.
export { serveStatic } from "../../src/bench/static-server.ts";
