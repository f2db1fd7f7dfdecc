// A plain static file server (files only, no API routes, no Neo4j): how the offline edition is served in tests and benchmarks.
import Fastify, { type FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";

export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app: FastifyInstance = Fastify();
  await app.register(fastifyStatic, { root, index: "index.html" });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => app.close() };
}
