// Lets a bounded number of API requests work against Neo4j at once, first come first served. Under a burst the rest
// wait their turn here, instead of all competing for driver connections, where a request needing several of them
// in turn could be overtaken again and again and wait past any client's patience.
import { Semaphore } from "async-mutex";
import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";

/**
 * Health and the API description answer at once, so a monitor sees an overloaded server as up. Live sessions never
 * touch Neo4j, and their sockets stay open for a whole lesson: a turn held that long would starve the graph's requests.
 */
const EXEMPT = /^\/api\/((health|openapi\.json)(\?|$)|live(\/|\?|$))/;

export function registerAdmission(app: FastifyInstance, concurrency: number): void {
  const semaphore = new Semaphore(concurrency);
  // A preHandler (after the body is read), so the answer cache's own preHandler, added first, answers hits before this.
  app.addHook("preHandler", async (request, reply) => {
    if (!request.url.startsWith("/api/") || EXEMPT.test(request.url)) return;
    // "close" comes exactly once, whether the answer was sent or the client went away.
    let gone = false;
    const markGone = () => (gone = true);
    reply.raw.once("close", markGone);
    const [, release] = await semaphore.acquire();
    reply.raw.off("close", markGone);
    if (!gone) return void reply.raw.once("close", release);
    // The client left while waiting: give the turn straight back and do no work for nobody.
    release();
    throw new ClientGoneError();
  });
}

class ClientGoneError extends AppError {
  constructor() {
    super("client_gone", "The client closed the connection before its turn came.");
  }
}
